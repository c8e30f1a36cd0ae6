import { describe, expect, it, vi } from 'vitest';
import { restrictToTrustedContexts } from './storage-access';

const restrictable = (fails = false) => ({ setAccessLevel: vi.fn(async () => (fails ? Promise.reject(new Error('not supported')) : undefined)) });

describe('restrictToTrustedContexts', () => {
  it('sets storage.local and storage.sync to TRUSTED_CONTEXTS where the browser has the switch (Chromium)', async () => {
    const [local, sync] = [restrictable(), restrictable()];
    await restrictToTrustedContexts({ local, sync });
    expect(local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(sync.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('does nothing where the browser has no such switch (Firefox)', async () => {
    await expect(restrictToTrustedContexts({ local: {}, sync: {} })).resolves.toBeUndefined();
  });

  it('still restricts storage.sync when storage.local refuses, and never throws (the worker must start)', async () => {
    const [local, sync] = [restrictable(true), restrictable()];
    await expect(restrictToTrustedContexts({ local, sync })).resolves.toBeUndefined();
    expect(sync.setAccessLevel).toHaveBeenCalledOnce();
  });
});

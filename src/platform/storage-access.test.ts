import { afterEach, describe, expect, it, vi } from 'vitest';
import { restrictToTrustedContexts } from './storage-access';

afterEach(() => vi.restoreAllMocks());

describe('restrictToTrustedContexts', () => {
  it('sets storage.local and storage.sync to TRUSTED_CONTEXTS where the browser has the switch (Chromium)', async () => {
    const local = { setAccessLevel: vi.fn(async () => undefined) };
    const sync = { setAccessLevel: vi.fn(async () => undefined) };
    await expect(restrictToTrustedContexts({ local, sync })).resolves.toEqual(['local', 'sync']);
    expect(local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(sync.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('does nothing where the browser has no such switch (Firefox)', async () => {
    await expect(restrictToTrustedContexts({ local: {}, sync: {} })).resolves.toEqual([]);
  });

  it('restricts the other area when one refuses, and never throws (the worker must start)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const local = { setAccessLevel: vi.fn(async () => undefined) };
    const sync = { setAccessLevel: vi.fn(() => Promise.reject(new Error('not supported for sync'))) };
    await expect(restrictToTrustedContexts({ local, sync })).resolves.toEqual(['local']);
    expect(warn).toHaveBeenCalledOnce();
  });
});

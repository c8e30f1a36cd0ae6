import { describe, expect, it } from 'vitest';
import { memoryArea } from '../shared/storage-area';
import { DEFAULT_SETTINGS, NO_POLICY } from '../shared/settings';
import { loadEffectiveSettings } from './effective-settings';

describe('loadEffectiveSettings', () => {
  it('is read from storage in one call, a policy or settings that cannot be read counting as none', async () => {
    const sync = memoryArea({ settings: { version: 2, defaultMethod: 'login', defaultCountry: 'GB' } });
    const read = await loadEffectiveSettings(sync, async () => ({ defaultCountry: 'FR', allowedMethods: ['sms'] }));
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, defaultCountry: 'FR', defaultMethod: 'sms' });
    expect(read.locked.defaultCountry).toBe(true);
    expect(read.rules).toEqual({ allowedMethods: ['sms'] });
    expect(read.policy.settings).toEqual({ defaultCountry: 'FR' });
    const failing = { get: () => Promise.reject(new Error('sync down')) };
    const none = await loadEffectiveSettings(failing, () => Promise.reject(new Error('no policy')));
    expect(none.settings).toEqual(DEFAULT_SETTINGS);
    expect(none.rules).toEqual({});
  });

  it('reads an empty storage.managed as no policy without loading the parser', async () => {
    const read = await loadEffectiveSettings(memoryArea({}), async () => ({}));
    expect(read.policy).toBe(NO_POLICY); // readManagedPolicy answers `{}` with an equal object, never this one
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
  });
});

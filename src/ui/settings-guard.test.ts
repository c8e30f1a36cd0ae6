import { describe, expect, it } from 'vitest';
import { hmacProver, newProofKey } from '../platform/settings-prover';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, updateSettings } from '../shared/settings';
import { memoryArea } from '../shared/storage-area';
import { guardedSettingsArea, unverifiedFields } from './settings-guard';

async function profile() {
  const key = await newProofKey();
  return hmacProver(async () => key);
}

describe('the settings that protect signers, proven in storage.sync', () => {
  it('reads back what this profile saved, guarded fields and all', async () => {
    const sync = memoryArea();
    const area = guardedSettingsArea(sync, await profile());
    await saveSettings(area, { ...DEFAULT_SETTINGS, defaultMethod: 'password', requirePhoneToView: false, defaultCountry: 'DE' });
    expect(await loadSettings(area)).toMatchObject({ defaultMethod: 'password', requirePhoneToView: false, defaultCountry: 'DE' });
    expect(await unverifiedFields(area)).toEqual([]);
    expect(sync.dump()['settings.proof']).toEqual(expect.any(String));
  });

  it('drops a planted "no verification" (no proof) back to the default, keeps the rest, and says which', async () => {
    const sync = memoryArea({ settings: { version: 2, defaultMethod: 'none', requirePhoneToView: false, defaultCountry: 'FR' } });
    const area = guardedSettingsArea(sync, await profile());
    expect(await loadSettings(area)).toMatchObject({ defaultMethod: 'sms', requirePhoneToView: true, defaultCountry: 'FR' });
    expect(await unverifiedFields(area)).toEqual(['defaultMethod', 'requirePhoneToView']);
  });

  it('a value proven on another computer (Chrome Sync, another key) is not used here, and no setting breaks', async () => {
    const sync = memoryArea();
    await saveSettings(guardedSettingsArea(sync, await profile()), { ...DEFAULT_SETTINGS, defaultMethod: 'none', remindersEnabled: true });
    const here = guardedSettingsArea(sync, await profile());
    expect(await loadSettings(here)).toMatchObject({ defaultMethod: 'sms', remindersEnabled: true });
    expect(await unverifiedFields(here)).toEqual(['defaultMethod']);
  });

  it('a proof copied onto another value does not verify', async () => {
    const sync = memoryArea();
    const prover = await profile();
    await saveSettings(guardedSettingsArea(sync, prover), { ...DEFAULT_SETTINGS, defaultMethod: 'password' });
    const stored = sync.dump()['settings'] as Record<string, unknown>;
    await sync.set({ settings: { ...stored, defaultMethod: 'none' } });
    expect((await loadSettings(guardedSettingsArea(sync, prover))).defaultMethod).toBe('sms');
  });

  it("saving here (a change of any setting) proves this computer's values again; the mark is never stored", async () => {
    const sync = memoryArea({ settings: { version: 2, defaultMethod: 'none' } });
    const area = guardedSettingsArea(sync, await profile());
    await updateSettings(area, { defaultMethod: 'password' });
    expect((await loadSettings(area)).defaultMethod).toBe('password');
    expect(await unverifiedFields(area)).toEqual([]);
    expect(sync.dump()['settings']).not.toHaveProperty('unverified');
  });

  it('needs no proof while the guarded fields are at their (safe) defaults', async () => {
    const sync = memoryArea({ settings: { version: 2, defaultCountry: 'GB' } });
    const area = guardedSettingsArea(sync, await profile());
    expect(await loadSettings(area)).toMatchObject({ defaultCountry: 'GB', defaultMethod: 'sms' });
    expect(await unverifiedFields(area)).toEqual([]);
  });

  it("the background's own writes (the notifications toggle, straight to storage.sync) keep this profile's proof, and never prove a planted value", async () => {
    const sync = memoryArea();
    const prover = await profile();
    const page = guardedSettingsArea(sync, prover);
    await saveSettings(page, { ...DEFAULT_SETTINGS, defaultMethod: 'password' });
    await updateSettings(sync, { notifyOnFinish: true });
    expect(await loadSettings(page)).toMatchObject({ defaultMethod: 'password', notifyOnFinish: true });

    await sync.set({ settings: { ...(sync.dump()['settings'] as object), defaultMethod: 'none' } });
    await updateSettings(sync, { notifyOnFinish: false });
    expect(await loadSettings(page)).toMatchObject({ defaultMethod: 'sms', notifyOnFinish: false });
  });
});

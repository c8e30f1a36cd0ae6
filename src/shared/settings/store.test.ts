import { describe, expect, it } from 'vitest';
import { MAX_EMAIL_MESSAGE, MAX_EMAIL_SUBJECT } from '../sign-request/limits';
import { memoryArea } from '../storage-area';
import {
  DEFAULT_SETTINGS,
  encodeSettings,
  loadSettings,
  migrateV1toV2,
  readSettings,
  saveSettings,
  SETTINGS_KEY,
  updateSettings,
  upgradeSettings,
  upgradeStoredSettings,
  type Settings,
} from '.';

describe('settings', () => {
  it('fills defaults for nothing stored', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(['x'])).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      defaultCountry: 'US',
      defaultMethod: 'sms',
      requirePhoneToView: true,
      defaultParentFolderId: null,
      emailSubject: null,
      emailMessage: null,
      daysValid: null,
      remindersEnabled: false,
      notifyOnFinish: false,
    });
  });

  it('repairs bad fields one by one instead of failing', () => {
    const stored = {
      version: 2,
      defaultCountry: 'gb!',
      defaultMethod: 'login',
      requirePhoneToView: 'yes',
      defaultParentFolderId: '0',
      emailSubject: 'Line one\nline two',
      emailMessage: 'x'.repeat(MAX_EMAIL_MESSAGE + 1),
      daysValid: 731,
      remindersEnabled: true,
      notifyOnFinish: 1,
    };
    expect(readSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, defaultMethod: 'login', remindersEnabled: true });
  });

  it('stores only non-default values, with a version', () => {
    expect(encodeSettings(DEFAULT_SETTINGS)).toEqual({ version: 2 });
    expect(encodeSettings({ ...DEFAULT_SETTINGS, defaultCountry: 'GB', daysValid: 30 })).toEqual({ version: 2, defaultCountry: 'GB', daysValid: 30 });
    expect(readSettings(encodeSettings({ ...DEFAULT_SETTINGS, defaultCountry: 'GB' })).defaultCountry).toBe('GB');
  });

  it('round-trips every field', () => {
    const all: Settings = {
      defaultCountry: 'DE',
      defaultMethod: 'none',
      requirePhoneToView: false,
      defaultParentFolderId: '123456789012',
      emailSubject: 'Please sign',
      emailMessage: 'Hello,\n\nplease sign <b>this</b>.',
      daysValid: 0,
      remindersEnabled: true,
      notifyOnFinish: true,
    };
    expect(readSettings(encodeSettings(all))).toEqual(all);
  });

  it('keeps the longest settings within storage.sync’s 8,192-byte item quota', () => {
    // Three UTF-8 bytes per UTF-16 unit is the most any allowed text takes (a line break is two: `\n`).
    const longest: Settings = {
      ...DEFAULT_SETTINGS,
      defaultCountry: 'GB',
      defaultMethod: 'password',
      defaultParentFolderId: '9'.repeat(20),
      emailSubject: '€'.repeat(MAX_EMAIL_SUBJECT),
      emailMessage: '€'.repeat(MAX_EMAIL_MESSAGE),
      daysValid: 730,
      requirePhoneToView: false,
      remindersEnabled: true,
      notifyOnFinish: true,
    };
    expect(readSettings(encodeSettings(longest))).toEqual(longest);
    const bytes = new TextEncoder().encode('settings' + JSON.stringify(encodeSettings(longest))).length;
    expect(bytes).toBeLessThan(8192);
  });
});

describe('migration', () => {
  it('version 1 to 2 keeps the three fields version 1 had and drops anything else', () => {
    expect(migrateV1toV2({ version: 1, defaultCountry: 'GB', defaultMethod: 'password', requirePhoneToView: false, stray: 1 })).toEqual({
      version: 2,
      defaultCountry: 'GB',
      defaultMethod: 'password',
      requirePhoneToView: false,
    });
    expect(migrateV1toV2({ version: 1 })).toStrictEqual({ version: 2 });
  });

  it('takes a record without a version for version 1: a key version 1 never wrote is dropped', () => {
    expect(readSettings({ defaultCountry: 'GB', daysValid: 30 })).toEqual({ ...DEFAULT_SETTINGS, defaultCountry: 'GB' });
  });

  it('reads a version-1 record, and one from before versions, as version 2 with new defaults', () => {
    const v1 = { version: 1, defaultCountry: 'GB', defaultMethod: 'password', requirePhoneToView: false };
    const expected = { ...DEFAULT_SETTINGS, defaultCountry: 'GB', defaultMethod: 'password', requirePhoneToView: false };
    expect(readSettings(v1)).toEqual(expected);
    const { version: _, ...unversioned } = v1;
    expect(readSettings(unversioned)).toEqual(expected);
    // Version 1 never wrote these, so a stray key is not taken for a version-2 value.
    expect(readSettings({ version: 1, daysValid: 30 }).daysValid).toBeNull();
  });

  it('says what to write back for an old record, and nothing for a current one', () => {
    expect(upgradeStoredSettings({ version: 1, defaultCountry: 'GB', defaultMethod: 'sms' })).toEqual({ version: 2, defaultCountry: 'GB' });
    expect(upgradeStoredSettings({ version: 2, defaultCountry: 'GB' })).toBeNull();
    expect(upgradeStoredSettings(undefined)).toBeNull();
    expect(upgradeStoredSettings(null)).toBeNull();
    expect(upgradeStoredSettings('settings')).toBeNull();
  });

  it('writes back a record whose version is damaged (not a number), read as version 1', () => {
    expect(upgradeStoredSettings({ version: '2', defaultCountry: 'GB' })).toEqual({ version: 2, defaultCountry: 'GB' });
  });

  it('reads a newer version’s record field by field (after a downgrade)', () => {
    expect(readSettings({ version: 9, defaultCountry: 'FR', somethingNew: true }).defaultCountry).toBe('FR');
  });

  it('falls back to defaults for a version it has no migration for', () => {
    expect(readSettings({ version: 0, defaultCountry: 'FR' })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('storage.sync, through the one writer', () => {
  it('loads what is stored under the key, and the defaults when nothing is', async () => {
    expect(await loadSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(memoryArea({ [SETTINGS_KEY]: { version: 2, defaultCountry: 'GB' } }))).toEqual({ ...DEFAULT_SETTINGS, defaultCountry: 'GB' });
  });

  it('saves only non-default values; an update keeps the fields it does not name', async () => {
    const area = memoryArea({ settings: { version: 2, defaultCountry: 'DE' } });
    await updateSettings(area, { notifyOnFinish: true });
    expect(area.dump()).toEqual({ settings: { version: 2, defaultCountry: 'DE', notifyOnFinish: true } });
    await saveSettings(area, DEFAULT_SETTINGS);
    expect(area.dump()).toEqual({ settings: { version: 2 } });
  });

  it('never writes defaults over settings it could not read', async () => {
    const stored = memoryArea({ settings: { version: 2, defaultCountry: 'DE' } });
    const failing = { ...stored, get: async () => Promise.reject(new Error('sync unavailable')) };
    await expect(loadSettings(failing)).rejects.toThrow('sync unavailable');
    await expect(updateSettings(failing, { notifyOnFinish: true })).rejects.toThrow('sync unavailable');
    expect(stored.dump()).toEqual({ settings: { version: 2, defaultCountry: 'DE' } });
  });

  it('writes an older record back upgraded, once, and leaves a current one as it is', async () => {
    const old = memoryArea({ settings: { version: 1, defaultCountry: 'GB', defaultMethod: 'sms' } });
    await upgradeSettings(old);
    expect(old.dump()).toEqual({ settings: { version: 2, defaultCountry: 'GB' } });
    const current = memoryArea({ settings: { version: 2, defaultCountry: 'GB', somethingNewer: 1 } });
    await upgradeSettings(current);
    expect(current.dump()).toEqual({ settings: { version: 2, defaultCountry: 'GB', somethingNewer: 1 } });
    const empty = memoryArea();
    await upgradeSettings(empty);
    expect(empty.dump()).toEqual({});
  });
});

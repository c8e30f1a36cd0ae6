import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, encodeSettings, readSettings } from './settings';

describe('settings', () => {
  it('fills defaults for nothing stored', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ defaultCountry: 'US', defaultMethod: 'sms', requirePhoneToView: true });
  });

  it('repairs bad fields one by one instead of failing', () => {
    expect(readSettings({ defaultCountry: 'gb!', defaultMethod: 'password', requirePhoneToView: 'yes' }))
      .toEqual({ defaultCountry: 'US', defaultMethod: 'password', requirePhoneToView: true });
  });

  it('stores only non-default values, with a version', () => {
    expect(encodeSettings({ ...DEFAULT_SETTINGS, defaultCountry: 'GB' })).toEqual({ version: 1, defaultCountry: 'GB' });
    expect(readSettings(encodeSettings({ ...DEFAULT_SETTINGS, defaultCountry: 'GB' })).defaultCountry).toBe('GB');
  });
});

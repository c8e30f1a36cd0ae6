import { describe, expect, it } from 'vitest';
import managedSchema from '../../public/managed_schema.json' with { type: 'json' };
import {
  boxWebOrigin,
  DEFAULT_SETTINGS,
  effectiveSettings,
  encodeSettings,
  migrateV1toV2,
  NO_POLICY,
  readManagedPolicy,
  readSettings,
  ROOT_FOLDER_MESSAGE,
  SETTING_KEYS,
  SettingsFields,
  upgradeStoredSettings,
  type Settings,
} from './settings';
import { MAX_EMAIL_MESSAGE, MAX_EMAIL_SUBJECT, SIGN_METHODS } from './sign-request/limits';

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

describe('field rules (shared by the options page and the policy parser)', () => {
  const folder = SettingsFields.defaultParentFolderId;

  it('refuses the root folder with a message that says why', () => {
    const result = folder.safeParse('0');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([ROOT_FOLDER_MESSAGE]);
  });

  it('takes numeric folder IDs beyond 2^53 as strings, and null for Box’s choice', () => {
    expect(folder.parse('98765432109876543210')).toBe('98765432109876543210');
    expect(folder.parse(null)).toBeNull();
    for (const bad of ['', '012', '12a', ' 12', '1'.repeat(21), 12]) expect(folder.safeParse(bad).success).toBe(false);
  });

  it('bounds days valid to Box’s 0–730, whole days', () => {
    const days = SettingsFields.daysValid;
    expect(days.parse(0)).toBe(0);
    expect(days.parse(730)).toBe(730);
    expect(days.parse(null)).toBeNull();
    for (const bad of [-1, 731, 1.5, '30', Number.NaN]) expect(days.safeParse(bad).success).toBe(false);
  });

  it('keeps the subject to one line and both texts within their limits', () => {
    expect(SettingsFields.emailSubject.parse('  Please sign  ')).toBe('Please sign');
    expect(SettingsFields.emailSubject.safeParse('a\nb').success).toBe(false);
    expect(SettingsFields.emailSubject.safeParse('x'.repeat(MAX_EMAIL_SUBJECT + 1)).success).toBe(false);
    expect(SettingsFields.emailSubject.safeParse('   ').success).toBe(false);
    expect(SettingsFields.emailMessage.parse('Hi,\r\n\tsign here')).toBe('Hi,\r\n\tsign here');
    expect(SettingsFields.emailMessage.safeParse('bell\u0007').success).toBe(false);
    expect(SettingsFields.emailMessage.safeParse('x'.repeat(MAX_EMAIL_MESSAGE)).success).toBe(true);
  });

  it('offers the four verification methods', () => {
    expect(SettingsFields.defaultMethod.options).toEqual(['sms', 'password', 'login', 'none']);
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
    expect(migrateV1toV2({ version: 1 })).toEqual({ version: 2 });
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
  });

  it('reads a newer version’s record field by field (after a downgrade)', () => {
    expect(readSettings({ version: 9, defaultCountry: 'FR', somethingNew: true }).defaultCountry).toBe('FR');
  });

  it('falls back to defaults for a version it has no migration for', () => {
    expect(readSettings({ version: 0, defaultCountry: 'FR' })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('readManagedPolicy', () => {
  it('is empty for no policy or a non-object', () => {
    for (const raw of [undefined, null, 'x', [], {}]) {
      const policy = readManagedPolicy(raw);
      expect(policy.clientId).toBeNull();
      expect(policy.settings).toEqual({});
      expect(policy.ignored).toEqual([]);
    }
    expect(readManagedPolicy(undefined)).toEqual(NO_POLICY);
  });

  it('reads the Box app, the enterprise and any settings field', () => {
    const policy = readManagedPolicy({
      clientId: ' abc123 ',
      clientSecret: 's3cr3t',
      enterpriseSubdomain: 'Acme',
      verifiedEnterprise: true,
      defaultMethod: 'login',
      daysValid: 14,
      remindersEnabled: true,
      emailSubject: 'Signature needed',
    });
    expect(policy).toEqual({
      clientId: 'abc123',
      clientSecret: 's3cr3t',
      enterpriseSubdomain: 'acme',
      verifiedEnterprise: true,
      settings: { defaultMethod: 'login', daysValid: 14, remindersEnabled: true, emailSubject: 'Signature needed' },
      ignored: [],
    });
  });

  it('sets a nullable text field to Box’s default with an empty string', () => {
    expect(readManagedPolicy({ emailSubject: '', emailMessage: '  ', defaultParentFolderId: '' }).settings).toEqual({
      emailSubject: null,
      emailMessage: null,
      defaultParentFolderId: null,
    });
  });

  it('ignores and lists invalid values (Firefox does not check them against the schema)', () => {
    const policy = readManagedPolicy({
      clientId: '',
      enterpriseSubdomain: 'acme.evil.com',
      verifiedEnterprise: 'yes',
      defaultParentFolderId: '0',
      daysValid: 1000,
      defaultMethod: 'carrier-pigeon',
      defaultCountry: 'GB',
      unknownPolicy: true,
    });
    expect(policy.clientId).toBeNull();
    expect(policy.enterpriseSubdomain).toBeNull();
    expect(policy.verifiedEnterprise).toBe(false);
    expect(policy.settings).toEqual({ defaultCountry: 'GB' });
    expect([...policy.ignored].sort()).toEqual(['clientId', 'daysValid', 'defaultMethod', 'defaultParentFolderId', 'enterpriseSubdomain', 'verifiedEnterprise']);
  });
});

describe('effectiveSettings', () => {
  const user: Settings = { ...DEFAULT_SETTINGS, defaultCountry: 'GB', defaultMethod: 'password', daysValid: 30 };

  it('is the user’s settings, nothing locked, without a policy', () => {
    const { settings, locked } = effectiveSettings(user, NO_POLICY);
    expect(settings).toEqual(user);
    expect(Object.keys(locked).sort()).toEqual([...SETTING_KEYS].sort());
    expect(Object.values(locked).every((value) => value === false)).toBe(true);
  });

  it('lets the organisation’s values win and locks exactly those fields', () => {
    const policy = readManagedPolicy({ defaultMethod: 'sms', daysValid: '', emailMessage: '', remindersEnabled: true });
    const { settings, locked } = effectiveSettings(user, policy);
    expect(settings).toEqual({ ...user, defaultMethod: 'sms', emailMessage: null, remindersEnabled: true });
    expect(SETTING_KEYS.filter((key) => locked[key]).sort()).toEqual(['defaultMethod', 'emailMessage', 'remindersEnabled']);
    expect(user.defaultMethod).toBe('password'); // the user's own value is untouched
  });
});

describe('boxWebOrigin', () => {
  it('is the company’s host, the Verified Enterprise host, or app.box.com', () => {
    expect(boxWebOrigin({ enterpriseSubdomain: 'acme', verifiedEnterprise: false })).toBe('https://acme.app.box.com');
    expect(boxWebOrigin({ enterpriseSubdomain: 'acme', verifiedEnterprise: true })).toBe('https://acme.ent.box.com');
    expect(boxWebOrigin({ enterpriseSubdomain: null, verifiedEnterprise: false })).toBe('https://app.box.com');
    expect(boxWebOrigin({ enterpriseSubdomain: null, verifiedEnterprise: true })).toBe('https://ent.box.com');
  });
});

describe('public/managed_schema.json (what Chrome checks policies against)', () => {
  type Node = Record<string, unknown> & { type: string };
  const properties = managedSchema.properties as Record<string, Node>;

  it('declares exactly the keys readManagedPolicy reads', () => {
    expect(Object.keys(properties).sort()).toEqual(['clientId', 'clientSecret', 'enterpriseSubdomain', 'verifiedEnterprise', ...SETTING_KEYS].sort());
  });

  it('keeps to what Chrome accepts: one type each, known attributes only, no top-level additionalProperties', () => {
    // components/policy/core/common/schema.cc. Chromium refuses to load the extension when a property has no
    // type, and ignores attributes it does not know (so a `maxLength` here would silently not apply).
    const allowed: Record<string, string[]> = {
      string: ['type', 'title', 'description', 'id', 'enum', 'pattern', 'sensitiveValue'],
      integer: ['type', 'title', 'description', 'id', 'enum', 'minimum', 'maximum', 'sensitiveValue'],
      boolean: ['type', 'title', 'description', 'id', 'sensitiveValue'],
      object: ['type', 'title', 'description', 'id', 'properties', 'patternProperties', 'required', 'sensitiveValue'],
    };
    expect(managedSchema.type).toBe('object');
    expect(Object.keys(managedSchema).every((key) => allowed['object']!.includes(key))).toBe(true);
    for (const [name, node] of Object.entries(properties)) {
      expect(typeof node.type, name).toBe('string');
      expect(Object.keys(node).filter((key) => !allowed[node.type]?.includes(key)), name).toEqual([]);
    }
  });

  it('offers the same verification methods, and marks the secret sensitive (masked in chrome://policy)', () => {
    expect(properties['defaultMethod']!['enum']).toEqual([...SIGN_METHODS]);
    expect(properties['clientSecret']!['sensitiveValue']).toBe(true);
    expect(properties['daysValid']).toMatchObject({ type: 'integer', minimum: 0, maximum: 730 });
  });

  it('lets through nothing the parser would then ignore, and refuses the root folder itself', () => {
    // The patterns use the RE2 subset JavaScript shares: compile them here and try them.
    const accepts = (key: string, value: string) => new RegExp(String(properties[key]!['pattern'])).test(value);
    const samples: Record<string, string[]> = {
      clientId: ['abc123', 'x'.repeat(200), '', ' a', 'x'.repeat(201)],
      clientSecret: ['s3cr3t', 'a b'],
      enterpriseSubdomain: ['acme', 'Acme-EU', 'a', '-acme', 'acme.com', ''],
      defaultCountry: ['GB', 'gb', 'GBR'],
      defaultParentFolderId: ['123', '', '0', '0123', '1'.repeat(21)],
      emailSubject: ['Please sign', '', 'two\nlines', 'x'.repeat(255), 'x'.repeat(256)],
      emailMessage: ['Hello,\n\tplease sign.', '', 'bell\u0007', 'x'.repeat(MAX_EMAIL_MESSAGE)],
    };
    for (const [key, values] of Object.entries(samples)) {
      for (const value of values) {
        if (!accepts(key, value)) continue;
        expect(readManagedPolicy({ [key]: value }).ignored, `${key}: ${JSON.stringify(value)}`).toEqual([]);
      }
    }
    expect(accepts('defaultParentFolderId', '0')).toBe(false);
  });
});

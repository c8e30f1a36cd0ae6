import { describe, expect, it } from 'vitest';
import managedSchema from '../../../public/managed_schema.json' with { type: 'json' };
import { GuardPolicyFields } from '../guard/policy';
import { MAX_EMAIL_MESSAGE, SIGN_METHODS } from '../sign-request/limits';
import { DEFAULT_SETTINGS, effectiveSettings, NO_POLICY, readManagedPolicy, SETTING_KEYS, type Settings } from '.';

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

describe('public/managed_schema.json (what Chrome checks policies against)', () => {
  type Node = Record<string, unknown> & { type: string };
  const properties = managedSchema.properties as Record<string, Node>;

  it('declares exactly the keys readManagedPolicy reads', () => {
    const guardKeys = Object.keys(GuardPolicyFields); // read by shared/guard/policy.ts
    expect(Object.keys(properties).sort()).toEqual(['clientId', 'clientSecret', 'enterpriseSubdomain', 'verifiedEnterprise', ...SETTING_KEYS, ...guardKeys].sort());
  });

  it('keeps to what Chrome accepts: one type each, known attributes only, no top-level additionalProperties', () => {
    // components/policy/core/common/schema.cc. Chromium refuses to load the extension when a property has no
    // type, and ignores attributes it does not know (so a `maxLength` here would silently not apply).
    const allowed: Record<string, string[]> = {
      string: ['type', 'title', 'description', 'id', 'enum', 'pattern', 'sensitiveValue'],
      integer: ['type', 'title', 'description', 'id', 'enum', 'minimum', 'maximum', 'sensitiveValue'],
      boolean: ['type', 'title', 'description', 'id', 'sensitiveValue'],
      array: ['type', 'title', 'description', 'id', 'items', 'sensitiveValue'],
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

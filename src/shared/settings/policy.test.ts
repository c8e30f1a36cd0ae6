import { describe, expect, it } from 'vitest';
import managedSchema from '../../../public/managed_schema.json' with { type: 'json' };
import { MAX_EMAIL_MESSAGE, SIGN_METHODS } from '../sign-request/limits';
import { memoryArea } from '../storage-area';
import { DEFAULT_SETTINGS, effectiveSettings, loadEffectiveSettings, NO_POLICY, readManagedPolicy, RULE_KEYS, SETTING_KEYS, type Settings } from '.';

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
      rules: {},
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

  it('carries the rules, and starts from a method they allow', () => {
    const starting = (raw: Record<string, unknown>) => effectiveSettings(user, readManagedPolicy(raw)).settings.defaultMethod;
    expect(effectiveSettings(user, readManagedPolicy({ requirePassword: true })).rules).toEqual({ requirePassword: true });
    expect(starting({ allowedMethods: ['password', 'sms'] })).toBe('password');
    expect(starting({ allowedMethods: ['login', 'sms'] })).toBe('login'); // the organisation's order
    expect(starting({ allowedMethods: ['login', 'sms'], defaultMethod: 'sms' })).toBe('sms');
    expect(starting({ allowedMethods: ['none', 'sms'], defaultMethod: 'none', requirePassword: true })).toBe('sms');
    expect(starting({ allowedMethods: [] })).toBe('password'); // nothing allowed: sending is blocked anyway
  });

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
});

describe('public/managed_schema.json (what Chrome checks policies against)', () => {
  type Node = Record<string, unknown> & { type: string };
  const properties = managedSchema.properties as Record<string, Node>;

  it('declares exactly the keys readManagedPolicy reads', () => {
    expect(Object.keys(properties).sort()).toEqual(['clientId', 'clientSecret', 'enterpriseSubdomain', 'verifiedEnterprise', ...SETTING_KEYS, ...RULE_KEYS].sort());
  });

  it('keeps to what Chrome accepts: one type each, known attributes only, no top-level additionalProperties', () => {
    // components/policy/core/common/schema.cc. Chromium refuses to load the extension when a property has no
    // type, and ignores attributes it does not know (so a `maxLength` here would silently not apply).
    const allowed: Record<string, string[]> = {
      string: ['type', 'title', 'description', 'id', 'enum', 'pattern', 'sensitiveValue'],
      integer: ['type', 'title', 'description', 'id', 'enum', 'minimum', 'maximum', 'sensitiveValue'],
      boolean: ['type', 'title', 'description', 'id', 'sensitiveValue'],
      object: ['type', 'title', 'description', 'id', 'properties', 'patternProperties', 'required', 'sensitiveValue'],
      array: ['type', 'title', 'description', 'id', 'items', 'sensitiveValue'],
    };
    const check = (node: Node, name: string): void => {
      expect(typeof node.type, name).toBe('string');
      expect(Object.keys(node).filter((key) => !allowed[node.type]?.includes(key)), name).toEqual([]);
      if (node.type === 'array') check(node['items'] as Node, `${name}[]`);
      for (const [child, sub] of Object.entries({ ...(node['properties'] ?? {}), ...(node['patternProperties'] ?? {}) })) check(sub as Node, `${name}.${child}`);
    };
    expect(managedSchema.type).toBe('object');
    expect(Object.keys(managedSchema).every((key) => allowed['object']!.includes(key))).toBe(true);
    for (const [name, node] of Object.entries(properties)) check(node, name);
  });

  it('offers the same verification methods, and marks the secret sensitive (masked in chrome://policy)', () => {
    expect(properties['defaultMethod']!['enum']).toEqual([...SIGN_METHODS]);
    expect(properties['clientSecret']!['sensitiveValue']).toBe(true);
    expect(properties['daysValid']).toMatchObject({ type: 'integer', minimum: 0, maximum: 730 });
    for (const key of ['allowedMethods', 'externalMethods']) expect(properties[key]!['items']).toEqual({ type: 'string', enum: [...SIGN_METHODS] });
    const label = (properties['classificationRules']!['patternProperties'] as Record<string, Node>)['^.+$']!;
    expect((label['properties'] as Record<string, Node>)['methods']!['items']).toEqual({ type: 'string', enum: [...SIGN_METHODS] });
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
    // List items: what the item pattern lets through, the parser keeps.
    const item = (key: string, value: string) => new RegExp(String((properties[key]!['items'] as Node)['pattern'])).test(value);
    for (const [key, values] of Object.entries({ internalDomains: ['acme.com', '@Acme.co.uk', 'localhost', 'a..com'], allowedParentFolders: ['1', '0', '01'] })) {
      for (const value of values) {
        if (!item(key, value)) continue;
        expect(readManagedPolicy({ [key]: [value] }).ignored, `${key}: ${value}`).toEqual([]);
      }
    }
    expect(item('allowedParentFolders', '0')).toBe(false);
  });
});

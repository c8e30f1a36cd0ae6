import { describe, expect, it } from 'vitest';
import managedSchema from '../../../public/managed_schema.json' with { type: 'json' };
import { MAX_EMAIL_MESSAGE, SIGN_METHODS } from '../sign-request/limits';
import { chromePolicyAccepts, re2RepeatTooLarge } from './chrome-policy-schema.test-helpers';
import { DEFAULT_SETTINGS, effectiveSettings, NO_POLICY, readManagedPolicy, RULE_KEYS, SETTING_KEYS, type Settings } from '.';

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

  // Every policy key, with values Chrome must keep (and the extension then uses) and values Chrome must
  // drop. Checked against the schema as Chrome reads it (chrome-policy-schema.test-helpers.ts).
  const samples: Record<string, { valid: unknown[]; invalid: unknown[] }> = {
    clientId: { valid: ['abc123', 'x'.repeat(200)], invalid: ['', ' a', 'a b', 'x'.repeat(201), 5, null] },
    clientSecret: { valid: ['s3cr3t', 'x'.repeat(200)], invalid: ['a b', '', 'x'.repeat(201), true] },
    enterpriseSubdomain: { valid: ['acme', 'Acme-EU', 'a', 'a'.repeat(63)], invalid: ['-acme', 'acme-', 'acme.com', '', 'a'.repeat(64), 'ac me'] },
    verifiedEnterprise: { valid: [true, false], invalid: ['true', 1, null] },
    defaultCountry: { valid: ['GB', 'US'], invalid: ['gb', 'GBR', 'G', '', 44] },
    defaultMethod: { valid: [...SIGN_METHODS], invalid: ['fax', 'SMS', '', 0] },
    requirePhoneToView: { valid: [true, false], invalid: ['false', 0] },
    defaultParentFolderId: { valid: ['123', '', '1'.repeat(20)], invalid: ['0', '0123', '1'.repeat(21), 'abc', ' 12', 123] },
    emailSubject: { valid: ['Please sign', '', 'x'.repeat(255), 'Ünïcödé ✓'], invalid: ['two\nlines', 'tab\there', 'x'.repeat(256), 'nul\u0000', 7] },
    emailMessage: { valid: ['Hello,\n\tplease sign.', '', 'x'.repeat(MAX_EMAIL_MESSAGE), '<b>bold</b>'], invalid: ['bell\u0007', 'nul\u0000', 'esc\u001b', 42] },
    daysValid: { valid: [0, 14, 730], invalid: [-1, 731, 1.5, '14', null] },
    remindersEnabled: { valid: [true, false], invalid: ['yes', 1] },
    notifyOnFinish: { valid: [true, false], invalid: ['no', 0] },
    allowedMethods: { valid: [['sms', 'login'], ['password'], [...SIGN_METHODS]], invalid: [['fax'], 'sms', [1]] },
    externalMethods: { valid: [['sms'], ['sms', 'password']], invalid: [['SMS'], 'sms'] },
    requirePassword: { valid: [true, false], invalid: ['yes', 1] },
    internalDomains: { valid: [['acme.com'], ['acme.co.uk', 'example.org']], invalid: ['acme.com', [5]] },
    allowedParentFolders: { valid: [['1', '123']], invalid: [['0'], '1', [12]] },
    minPasswordLength: { valid: [1, 8, 12, 256], invalid: ['8', 1.5, -1, 0, 257] },
    blockLookalikeDomains: { valid: [true, false], invalid: ['true', 1] },
    blockLandlineSms: { valid: [true, false], invalid: ['no', 0] },
    classificationRules: { valid: [{ Confidential: { methods: ['sms'], requirePassword: true } }], invalid: [{ Confidential: { methods: ['fax'] } }, 'Confidential'] },
  };

  it('has valid and invalid samples for every policy key', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(properties).sort());
  });

  it('Chrome keeps every valid value, and the extension then uses it rather than ignoring it', () => {
    for (const [key, { valid }] of Object.entries(samples)) {
      for (const value of valid) {
        const label = `${key}: ${JSON.stringify(value)?.slice(0, 40)}`;
        expect(chromePolicyAccepts(properties[key]!, value), label).toBe(true);
        expect(chromePolicyAccepts(managedSchema as never, { [key]: value }), label).toBe(true);
        expect(readManagedPolicy({ [key]: value }).ignored, label).toEqual([]);
      }
    }
  });

  it('Chrome drops every invalid value (the root folder included)', () => {
    for (const [key, { invalid }] of Object.entries(samples)) {
      for (const value of invalid) {
        expect(chromePolicyAccepts(properties[key]!, value), `${key}: ${JSON.stringify(value)?.slice(0, 40)}`).toBe(false);
      }
    }
  });

  // Values Chrome drops that the parser reads anyway: it trims credentials, does not check their
  // characters, and reads null days as "never expires".
  const parserReads = new Set(['clientId: " a"', 'clientId: "a b"', 'clientSecret: "a b"', 'daysValid: null']);

  it('the extension ignores the other invalid values itself too (Firefox passes policy values on unchecked)', () => {
    for (const [key, { invalid }] of Object.entries(samples)) {
      for (const value of invalid) {
        const label = `${key}: ${JSON.stringify(value)}`;
        if (parserReads.has(label)) continue;
        const { ignored } = readManagedPolicy({ [key]: value });
        expect(ignored.length > 0 && ignored.every((name) => name === key || name.startsWith(`${key}[`) || name.startsWith(`${key}.`)), `${label} ignored as ${JSON.stringify(ignored)}`).toBe(true);
      }
    }
  });

  it('uses no pattern RE2 would refuse (repetition counts above 1000 fail the whole schema in Chrome)', () => {
    expect(re2RepeatTooLarge('^x{0,1001}$')).toBe(true);
    expect(re2RepeatTooLarge('^x{0,255}$')).toBe(false);
    for (const [key, node] of Object.entries(properties)) {
      if (typeof node['pattern'] === 'string') expect(re2RepeatTooLarge(node['pattern']), key).toBe(false);
    }
  });
});

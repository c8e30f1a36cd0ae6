import { describe, expect, it } from 'vitest';
import { labelRule, readPolicyRules } from './policy-rules';
import { readManagedPolicy } from '.';

describe('the rule keys of a policy', () => {
  it('reads every key', () => {
    const { rules, ignored } = readPolicyRules({
      allowedMethods: ['sms', 'login'],
      requirePassword: true,
      internalDomains: ['Acme.com', ' @acme.co.uk '],
      externalMethods: ['sms'],
      classificationRules: { Confidential: { methods: ['sms'], requirePassword: true }, Public: {} },
      allowedParentFolders: ['123', '98765432109876543210'],
    });
    expect(ignored).toEqual([]);
    expect(rules).toEqual({
      allowedMethods: ['sms', 'login'],
      requirePassword: true,
      internalDomains: ['acme.com', 'acme.co.uk'],
      externalMethods: ['sms'],
      classificationRules: { Confidential: { methods: ['sms'], requirePassword: true }, Public: {} },
      allowedParentFolders: ['123', '98765432109876543210'],
    });
  });

  it('ignores and lists invalid elements, keeping the valid ones once each', () => {
    const { rules, ignored } = readPolicyRules({
      allowedMethods: ['sms', 'fax', 'sms', 'SMS'],
      internalDomains: ['acme.com', 'not a domain', 'localhost', 42],
      allowedParentFolders: ['0', '12', 'x'],
      classificationRules: { Confidential: { methods: ['carrier-pigeon', 'sms'], requirePassword: 'yes', colour: 'red' }, Secret: 'sms', ' ': {} },
    });
    expect(rules).toEqual({
      allowedMethods: ['sms'],
      internalDomains: ['acme.com'],
      allowedParentFolders: ['12'],
      classificationRules: { Confidential: { methods: ['sms'] } },
    });
    expect(ignored).toEqual([
      'allowedMethods[1]', 'allowedMethods[3]', 'internalDomains[1]', 'internalDomains[2]', 'internalDomains[3]',
      'classificationRules.Confidential.methods[0]', 'classificationRules.Confidential.requirePassword', 'classificationRules.Confidential.colour',
      'classificationRules.Secret', 'classificationRules. ', 'allowedParentFolders[0]', 'allowedParentFolders[2]',
    ]);
  });

  it('keeps a list left empty, so a policy meant to restrict never allows everything', () => {
    expect(readPolicyRules({ allowedMethods: [] }).rules).toEqual({ allowedMethods: [] });
    expect(readPolicyRules({ allowedMethods: ['fax'] }).rules).toEqual({ allowedMethods: [] });
    expect(readPolicyRules({ externalMethods: ['fax'], allowedParentFolders: ['0'] }).rules).toEqual({ externalMethods: [], allowedParentFolders: [] });
  });

  it('ignores a value of the wrong type altogether', () => {
    const { rules, ignored } = readPolicyRules({ allowedMethods: 'sms', requirePassword: 'true', classificationRules: ['Confidential'] });
    expect(rules).toEqual({});
    expect(ignored).toEqual(['allowedMethods', 'requirePassword', 'classificationRules']);
  });

  it('is part of the managed policy, its ignored values listed with the others', () => {
    const policy = readManagedPolicy({ allowedMethods: ['sms', 'fax'], daysValid: 1000 });
    expect(policy.rules).toEqual({ allowedMethods: ['sms'] });
    expect(policy.ignored).toEqual(['daysValid', 'allowedMethods[1]']);
  });

  it('matches a file’s label to a rule trimmed and without regard to case', () => {
    const rules = readPolicyRules({ classificationRules: { Confidential: { requirePassword: true } } }).rules;
    expect(labelRule(rules, 'confidential ')).toEqual({ label: 'confidential ', rule: { requirePassword: true } });
    expect(labelRule(rules, 'Public')).toBeNull();
    expect(labelRule(rules, null)).toBeNull();
    expect(labelRule({}, 'Confidential')).toBeNull();
  });

  it('takes internal domains as DNS names only, whatever else an administrator pastes', () => {
    const labels = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}`;
    const longest = `${labels}.${'d'.repeat(57)}.com`; // 253 characters, the most DNS allows
    const cases: [unknown, string | undefined][] = [
      ['x.com', 'x.com'], // one-character labels are real domains
      ['m.acme.co.uk', 'm.acme.co.uk'],
      [' @Acme.com ', 'acme.com'],
      [longest, longest],
      [`${labels}.${'d'.repeat(58)}.com`, undefined], // 254 characters, each label valid
      ['jane@acme.com', undefined], // an address, not a domain
      ['https://acme.com', undefined],
      ['-acme.com', undefined],
      ['acme.com/', undefined],
      ['acme.com:443', undefined],
      [null, undefined],
    ];
    for (const [raw, kept] of cases) {
      expect(readPolicyRules({ internalDomains: [raw] }).rules.internalDomains, String(raw)).toEqual(kept === undefined ? [] : [kept]);
    }
  });

  it('takes a classification label of up to 200 characters, trimmed', () => {
    const label = 'L'.repeat(200);
    const rules = readPolicyRules({ classificationRules: { [label]: {}, [`${label}x`]: {}, ' Confidential ': { requirePassword: true } } });
    expect(rules.rules.classificationRules).toEqual({ [label]: {}, Confidential: { requirePassword: true } });
    expect(rules.ignored).toEqual([`classificationRules.${label}x`]);
    expect(labelRule(rules.rules, 'Confidential')).toEqual({ label: 'Confidential', rule: { requirePassword: true } });
  });

  it('ignores classification rules that are not an object, or a label whose rule is null, without throwing', () => {
    for (const raw of [null, 'Confidential', 42, true]) {
      expect(readPolicyRules({ classificationRules: raw }), String(raw)).toEqual({ rules: {}, ignored: ['classificationRules'] });
    }
    expect(readPolicyRules({ classificationRules: { Secret: null } })).toEqual({ rules: { classificationRules: {} }, ignored: ['classificationRules.Secret'] });
  });

  it('sets no rule key for an ignored value (a key present means the organisation sets rules)', () => {
    const { rules } = readPolicyRules({ requirePassword: 'true', minPasswordLength: 0, allowedMethods: 'sms' });
    expect(Object.keys(rules)).toEqual([]);
  });
});

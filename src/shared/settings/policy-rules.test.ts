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
});

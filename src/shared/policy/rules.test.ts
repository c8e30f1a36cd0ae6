import { describe, expect, it } from 'vitest';
import { SIGN_METHODS, type SignMethod } from '../sign-request/limits';
import type { PolicyRules } from '../settings';
import { policyRefusals, RULE_SETS, signerConstraints, type PolicyFile, type PolicyRequest, type PolicySigner } from '.';
import { subsets } from './policy.test-helpers';

const signer = (method: SignMethod, over: Partial<PolicySigner> = {}): PolicySigner => ({
  email: 'alice@acme.com',
  method,
  hasPassword: method === 'password',
  ...over,
});
const request = (signers: PolicySigner[], files: PolicyFile[] = [], parentFolder: PolicyRequest['parentFolder'] = null): PolicyRequest => ({
  signers,
  files,
  parentFolder,
});
const file = (id: string, classification: string | null = null): PolicyFile => ({ id, name: `File ${id}.pdf`, classification });
const rulesOf = (request: PolicyRequest, rules: PolicyRules) => policyRefusals(request, rules).map((refusal) => refusal.rule);

describe('allowedMethods and requirePassword, over every combination', () => {
  it('refuses exactly the methods not allowed, and a missing password when one is required', () => {
    for (const allowed of subsets(SIGN_METHODS)) {
      for (const requirePassword of [false, true, undefined]) {
        const rules: PolicyRules = { allowedMethods: allowed, ...(requirePassword === undefined ? {} : { requirePassword }) };
        const nothingLeft = allowed.filter((method) => !(requirePassword && method === 'none')).length === 0;
        for (const method of SIGN_METHODS) {
          for (const hasPassword of method === 'password' ? [true] : method === 'none' ? [false] : [false, true]) {
            const refusals = policyRefusals(request([signer(method, { hasPassword })]), rules);
            const expected = nothingLeft
              ? ['allowedMethods']
              : [...(allowed.includes(method) ? [] : ['allowedMethods']), ...(requirePassword && !hasPassword ? ['requirePassword'] : [])];
            expect(refusals.map((r) => r.rule), JSON.stringify({ rules, method, hasPassword })).toEqual(expected);
          }
        }
      }
    }
  });

  it('names the signer and the method in words, at the signer’s field', () => {
    const [refusal] = policyRefusals(request([signer('sms'), signer('none', { email: 'bob@acme.com' })]), { allowedMethods: ['sms', 'login'] });
    expect(refusal).toEqual({
      rule: 'allowedMethods',
      subject: { kind: 'signer', index: 1, email: 'bob@acme.com' },
      path: ['signers', 1, 'method'],
      message: 'bob@acme.com: your organisation does not allow “None”. Allowed: SMS code, Box login.',
    });
    const [password] = policyRefusals(request([signer('login')]), { requirePassword: true });
    expect(password?.message).toBe('alice@acme.com needs a password: your organisation requires one for every signer.');
    expect(password?.path).toEqual(['signers', 0, 'password']);
  });

  it('blocks sending with one clear refusal when no method is left', () => {
    for (const rules of [{ allowedMethods: [] }, { allowedMethods: ['none'], requirePassword: true }] as PolicyRules[]) {
      const refusals = policyRefusals(request([signer('sms'), signer('none')]), rules);
      expect(refusals).toEqual([{ rule: 'allowedMethods', subject: { kind: 'request' }, path: [], message: expect.stringContaining('allows no verification method') }]);
    }
  });

  it('refuses nothing without a policy', () => {
    for (const method of SIGN_METHODS) expect(policyRefusals(request([signer(method)], [file('1', 'Confidential')]), {})).toEqual([]);
  });
});

describe('internalDomains and externalMethods', () => {
  const rules: PolicyRules = { internalDomains: ['acme.com'], externalMethods: ['sms'] };
  const emails = {
    internal: ['a@acme.com', 'A@ACME.COM', 'a+tag@acme.com', 'a@eu.acme.com'],
    external: ['a@evilacme.com', 'a@acme.com.evil.net', 'acme.com+x@evil.net', 'a@ACME.CO'],
  };

  it('holds external signers, and only them, to externalMethods', () => {
    for (const method of SIGN_METHODS) {
      for (const email of emails.internal) expect(rulesOf(request([signer(method, { email })]), rules), email).toEqual([]);
      for (const email of emails.external) {
        expect(rulesOf(request([signer(method, { email })]), rules), `${email} ${method}`).toEqual(method === 'sms' ? [] : ['externalMethods']);
      }
    }
  });

  it('applies allowedMethods to external signers as well', () => {
    const both: PolicyRules = { ...rules, allowedMethods: ['password', 'login'] };
    expect(rulesOf(request([signer('sms', { email: 'x@other.org' })]), both)).toEqual(['allowedMethods']);
    expect(rulesOf(request([signer('login', { email: 'x@other.org' })]), both)).toEqual(['externalMethods']);
    expect(rulesOf(request([signer('login', { email: 'x@acme.com' })]), both)).toEqual([]);
  });

  it('counts everyone as external without internalDomains, and says who and why', () => {
    const [refusal] = policyRefusals(request([signer('login', { email: 'a@acme.com' })]), { externalMethods: ['sms'] });
    expect(refusal?.message).toBe('a@acme.com is outside your organisation, which requires external signers to use SMS code (not “Box login”).');
  });
});

describe('classificationRules', () => {
  const rules: PolicyRules = {
    classificationRules: { Confidential: { methods: ['sms'], requirePassword: true }, Internal: { methods: ['sms', 'login'] }, Public: {} },
  };

  it('applies the strictest rule over all files, naming the files and the label', () => {
    const files = [file('1', 'Public'), file('2', 'internal'), file('3', 'Confidential'), file('4', null), file('5', 'CONFIDENTIAL')];
    const refusals = policyRefusals(request([signer('login')], files), rules);
    expect(refusals.map((r) => r.message)).toEqual([
      'alice@acme.com must use SMS code: your organisation requires it for files classified “Confidential” (“File 3.pdf”, “File 5.pdf”).',
      'alice@acme.com needs a password: your organisation requires one for files classified “Confidential” (“File 3.pdf”, “File 5.pdf”).',
    ]);
    expect(rulesOf(request([signer('sms', { hasPassword: true })], files), rules)).toEqual([]);
    expect(rulesOf(request([signer('sms')], files), rules)).toEqual(['classificationRules']);
  });

  it('takes labels that differ only in spaces and case for one label, named as the first file has it, trimmed', () => {
    const refusals = policyRefusals(request([signer('login', { hasPassword: true })], [file('1', ' Confidential '), file('2', 'confidential')]), rules);
    expect(refusals.map((r) => r.message)).toEqual([
      'alice@acme.com must use SMS code: your organisation requires it for files classified “Confidential” (“File 1.pdf”, “File 2.pdf”).',
    ]);
  });

  it('over every combination of labelled files and methods', () => {
    const labels = [null, 'Public', 'Internal', 'Confidential', 'Unknown label'];
    for (const chosen of subsets(labels)) {
      const files = chosen.map((label, index) => file(String(index + 1), label));
      for (const method of SIGN_METHODS) {
        for (const hasPassword of method === 'password' ? [true] : method === 'none' ? [false] : [false, true]) {
          // One refusal per label whose methods leave this one out, and one for a password Confidential needs.
          const confidential = chosen.includes('Confidential');
          const expected =
            (confidential && method !== 'sms' ? 1 : 0) +
            (chosen.includes('Internal') && method !== 'sms' && method !== 'login' ? 1 : 0) +
            (confidential && !hasPassword ? 1 : 0);
          const refusals = policyRefusals(request([signer(method, { hasPassword })], files), rules);
          expect(refusals.length, JSON.stringify({ chosen, method, hasPassword })).toBe(expected);
          expect(refusals.every((r) => r.rule === 'classificationRules')).toBe(true);
        }
      }
    }
  });

  it('holds every signer to it', () => {
    const refusals = policyRefusals(request([signer('sms', { hasPassword: true }), signer('login', { email: 'b@x.org' })], [file('1', 'Confidential')]), rules);
    expect(refusals.map((r) => r.subject)).toEqual([
      { kind: 'signer', index: 1, email: 'b@x.org' },
      { kind: 'signer', index: 1, email: 'b@x.org' },
    ]);
  });
});

describe('allowedParentFolders', () => {
  const rules: PolicyRules = { allowedParentFolders: ['100', '200'] };

  it('allows the folders and the folders below them', () => {
    expect(policyRefusals(request([signer('sms')], [], { id: '100', ancestorIds: ['0'] }), rules)).toEqual([]);
    expect(policyRefusals(request([signer('sms')], [], { id: '555', ancestorIds: ['0', '200', '300'] }), rules)).toEqual([]);
  });

  it('refuses another folder, and Box’s own choice, naming the folder', () => {
    const [other] = policyRefusals(request([signer('sms')], [], { id: '555', ancestorIds: ['0', '300'] }), rules);
    expect(other).toEqual({
      rule: 'allowedParentFolders',
      subject: { kind: 'folder', id: '555' },
      path: ['options', 'parentFolderId'],
      message: 'Folder 555 is not allowed for signed documents: your organisation allows only folder 100, 200 and the folders inside.',
    });
    expect(rulesOf(request([signer('sms')]), rules)).toEqual(['allowedParentFolders']);
    expect(rulesOf(request([signer('sms')], [], { id: '100', ancestorIds: null }), { allowedParentFolders: [] })).toEqual(['allowedParentFolders']);
  });

  it('leaves a folder whose place is not known to the background, which looks it up', () => {
    expect(policyRefusals(request([signer('sms')], [], { id: '555', ancestorIds: null }), rules)).toEqual([]);
    expect(rulesOf(request([signer('sms')], [], { id: '200', ancestorIds: null }), rules)).toEqual([]);
  });
});

describe('the engine', () => {
  it('lets only the request-level allowedMethods refusal stand alone; another set’s request-level refusal joins the rest', () => {
    const other = () => [{ rule: 'other', subject: { kind: 'request' as const }, path: [], message: 'other' }];
    const refusals = policyRefusals(request([signer('login')]), { allowedMethods: ['sms'] }, [...RULE_SETS, other]);
    expect(refusals.map((r) => r.rule)).toEqual(['allowedMethods', 'other']);
    expect(refusals[0]?.subject.kind).toBe('signer');
  });

  it('puts no constraint on a signer for a label whose rule demands nothing', () => {
    const rules: PolicyRules = { classificationRules: { Public: {}, Internal: { methods: ['sms'] } } };
    expect(signerConstraints('a@acme.com', [file('1', 'Public')], rules)).toEqual([]);
    expect(signerConstraints('a@acme.com', [file('1', 'Public'), file('2', 'Internal')], rules)).toEqual([
      { because: { kind: 'classificationRules', label: 'Internal', files: [file('2', 'Internal')] }, methods: ['sms'] },
    ]);
  });

  it('leaves the rule for external signers until the email is typed', () => {
    expect(signerConstraints(null, [], { externalMethods: ['sms'] })).toEqual([]);
    expect(signerConstraints('a@partner.io', [], { externalMethods: ['sms'] })).toEqual([{ because: { kind: 'externalMethods' }, methods: ['sms'] }]);
  });
});


// Property-based tests of the rule engine over generated policies and requests, from a seeded
// generator (fast-check is not a dependency): every run checks the same cases, and a failure names
// its seed so it can be run alone.
import { describe, expect, it } from 'vitest';
import { SIGN_METHODS, type SignMethod } from '../sign-request/limits';
import type { PolicyRules } from '../settings';
import { allowedByConstraints, policyRefusals, signerConstraints, type PolicyFile, type PolicyRequest } from '.';
import { seeded } from './policy.test-helpers';

const LABELS = [null, 'Public', 'Internal', 'Confidential', 'confidential', 'Secret'];
const EMAILS = ['a@acme.com', 'B@Acme.COM', 'c+x@eu.acme.com', 'd@evilacme.com', 'e@acme.com.evil.net', 'acme.com+f@other.org', 'g@partner.io'];
const FOLDERS = ['100', '200', '300', '400'];

type Random = ReturnType<typeof seeded>;

function generatedRules(r: Random): PolicyRules {
  const rules: PolicyRules = {};
  if (r.chance(0.6)) rules.allowedMethods = r.some(SIGN_METHODS);
  if (r.chance(0.3)) rules.requirePassword = r.chance(0.5);
  if (r.chance(0.5)) rules.internalDomains = r.some(['acme.com', 'partner.io', 'other.org']);
  if (r.chance(0.5)) rules.externalMethods = r.some(SIGN_METHODS);
  if (r.chance(0.6)) {
    const labelled: Record<string, { methods?: SignMethod[]; requirePassword?: boolean }> = {};
    for (const label of r.some(['Internal', 'Confidential', 'Secret'])) {
      labelled[label] = { ...(r.chance(0.7) ? { methods: r.some(SIGN_METHODS) } : {}), ...(r.chance(0.5) ? { requirePassword: true } : {}) };
    }
    rules.classificationRules = labelled;
  }
  if (r.chance(0.3)) rules.allowedParentFolders = r.some(FOLDERS.slice(0, 2));
  return rules;
}

function generatedRequest(r: Random): PolicyRequest {
  const signers = Array.from({ length: 1 + r.int(4) }, () => {
    const method = r.pick(SIGN_METHODS);
    return { email: r.pick(EMAILS), method, hasPassword: method === 'password' || (method !== 'none' && r.chance(0.5)) };
  });
  const files: PolicyFile[] = Array.from({ length: r.int(5) }, (_, index) => ({ id: String(index + 1), name: `Doc ${index + 1}.pdf`, classification: r.pick(LABELS) }));
  const parentFolder = r.chance(0.3) ? null : { id: r.pick(FOLDERS), ancestorIds: ['0', ...r.some(FOLDERS)] };
  return { signers, files, parentFolder };
}

const key = (refusal: { rule: string; path: (string | number)[] }) => `${refusal.rule}|${refusal.path.join('.')}`;
const RUNS = 400;

describe('the rule engine, over generated policies and requests', () => {
  it('refuses a signer exactly when their method or missing password breaks what the constraints allow', () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const r = seeded(seed);
      const rules = generatedRules(r);
      const request = generatedRequest(r);
      const refusals = policyRefusals(request, rules);
      if (allowedByConstraints(signerConstraints(null, [], rules)).methods.length === 0) {
        expect(refusals.map((refusal) => refusal.subject.kind), `seed ${seed}`).toEqual(['request']);
        continue;
      }
      request.signers.forEach((signer, index) => {
        const allowed = allowedByConstraints(signerConstraints(signer.email, request.files, rules));
        const ok = allowed.methods.includes(signer.method) && (!allowed.password || signer.hasPassword);
        const own = refusals.filter((refusal) => refusal.subject.kind === 'signer' && refusal.subject.index === index);
        expect(own.length === 0, `seed ${seed}, signer ${index}`).toBe(ok);
        for (const refusal of own) expect(refusal.message, `seed ${seed}`).toContain(signer.email);
      });
    }
  });

  it('never gets less strict with another file: the strictest rule over all files applies', () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const r = seeded(seed);
      const rules = generatedRules(r);
      const request = generatedRequest(r);
      const more = { ...request, files: [...request.files, { id: '99', name: 'Extra.pdf', classification: r.pick(LABELS) }] };
      const before = new Set(policyRefusals(request, rules).map(key));
      const after = new Set(policyRefusals(more, rules).map(key));
      for (const refusal of before) expect(after.has(refusal), `seed ${seed}: ${refusal}`).toBe(true);
    }
  });

  it('accepts every signer given a method the constraints allow, with a password where needed', () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const r = seeded(seed);
      const rules = generatedRules(r);
      const request = generatedRequest(r);
      const signers = request.signers.flatMap((signer) => {
        const allowed = allowedByConstraints(signerConstraints(signer.email, request.files, rules));
        const method = allowed.methods[0];
        return method ? [{ ...signer, method, hasPassword: allowed.password || method === 'password' }] : [];
      });
      const refusals = policyRefusals({ ...request, signers }, rules).filter((refusal) => refusal.subject.kind === 'signer');
      expect(refusals, `seed ${seed}`).toEqual([]);
    }
  });

  it('names the files a classification refusal is about', () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const r = seeded(seed);
      const rules = generatedRules(r);
      const request = generatedRequest(r);
      for (const refusal of policyRefusals(request, rules).filter((one) => one.rule === 'classificationRules')) {
        const named = request.files.filter((file) => refusal.message.includes(`“${file.name}”`));
        expect(named.length, `seed ${seed}`).toBeGreaterThan(0);
        for (const file of named) expect(rules.classificationRules && file.classification !== null, `seed ${seed}`).toBe(true);
      }
    }
  });
});

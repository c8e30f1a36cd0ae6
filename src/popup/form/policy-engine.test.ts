import { describe, expect, it } from 'vitest';
import { loadPolicyEngine, policyBlock, rowPolicy } from './policy-engine';

describe('the popup’s policy engine', () => {
  it('is not needed without rules: nothing blocks, no row is narrowed', async () => {
    await loadPolicyEngine({});
    expect(policyBlock({})).toBeNull();
    expect(policyBlock(undefined)).toBeNull();
    expect(rowPolicy(null, 'bob@partner.io')).toBeNull();
    expect(() => rowPolicy({ rules: { allowedMethods: ['sms'] }, files: [] }, 'bob@partner.io')).toThrow(/before loadPolicyEngine/);
  });

  it('applies the rules once loaded for them', async () => {
    const rules = { allowedMethods: ['login' as const], internalDomains: ['acme.com'], externalMethods: ['sms' as const] };
    await loadPolicyEngine(rules);
    expect(rowPolicy({ rules, files: [] }, 'bob@acme.com')?.methods).toEqual(['login']);
    expect(policyBlock({ allowedMethods: [] })).not.toBeNull();
  });
});

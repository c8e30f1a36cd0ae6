import { describe, expect, it } from 'vitest';
import managedSchema from '../../../public/managed_schema.json' with { type: 'json' };
import { readManagedPolicy } from '../settings';
import { effectiveMinPassword, guardPolicyOf, NO_GUARD_POLICY } from './policy';

describe('the guard keys, read by the policy engine', () => {
  it('reads nothing from nothing', () => {
    expect(guardPolicyOf(readManagedPolicy(undefined).rules)).toEqual(NO_GUARD_POLICY);
    expect(guardPolicyOf(readManagedPolicy({ clientId: 'x' }).rules)).toEqual(NO_GUARD_POLICY);
  });

  it('reads the three keys and the internal domains', () => {
    const policy = readManagedPolicy({ internalDomains: [' Example.COM '], minPasswordLength: 12, blockLookalikeDomains: true, blockLandlineSms: true });
    expect(guardPolicyOf(policy.rules)).toEqual({ internalDomains: ['example.com'], minPasswordLength: 12, blockLookalikeDomains: true, blockLandlineSms: true });
    expect(policy.ignored).toEqual([]);
  });

  it('ignores invalid values and lists them', () => {
    const policy = readManagedPolicy({ minPasswordLength: 0, blockLookalikeDomains: 'yes', blockLandlineSms: 1 });
    expect(guardPolicyOf(policy.rules)).toEqual(NO_GUARD_POLICY);
    expect(policy.ignored).toEqual(expect.arrayContaining(['minPasswordLength', 'blockLookalikeDomains', 'blockLandlineSms']));
    expect(readManagedPolicy({ minPasswordLength: 8.5 }).ignored).toEqual(['minPasswordLength']);
  });

  it('warns below 8 characters unless the organisation says otherwise', () => {
    expect(effectiveMinPassword(NO_GUARD_POLICY)).toBe(8);
    expect(effectiveMinPassword({ ...NO_GUARD_POLICY, minPasswordLength: 14 })).toBe(14);
  });

  it('declares in managed_schema.json what the parser accepts', () => {
    const schema = managedSchema.properties as Record<string, Record<string, unknown>>;
    expect(schema['minPasswordLength']).toMatchObject({ type: 'integer', minimum: 1, maximum: 256 });
    expect(readManagedPolicy({ minPasswordLength: 256 }).rules.minPasswordLength).toBe(256);
    expect(schema['blockLookalikeDomains']).toMatchObject({ type: 'boolean' });
    expect(schema['blockLandlineSms']).toMatchObject({ type: 'boolean' });
  });
});

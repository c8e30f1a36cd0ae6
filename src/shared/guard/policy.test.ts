import { describe, expect, it } from 'vitest';
import { effectiveMinPassword, NO_GUARD_POLICY, readGuardPolicy } from './policy';

describe('readGuardPolicy', () => {
  it('reads nothing from nothing', () => {
    expect(readGuardPolicy(undefined)).toEqual({ ...NO_GUARD_POLICY, ignored: [] });
    expect(readGuardPolicy({ clientId: 'x' })).toEqual({ ...NO_GUARD_POLICY, ignored: [] });
  });

  it('reads the four keys', () => {
    expect(
      readGuardPolicy({ internalDomains: [' Example.COM ', 'münchen.de'], minPasswordLength: 12, blockLookalikeDomains: true, blockLandlineSms: true }),
    ).toEqual({ internalDomains: ['example.com', 'münchen.de'], minPasswordLength: 12, blockLookalikeDomains: true, blockLandlineSms: true, ignored: [] });
  });

  it('ignores invalid values and lists them', () => {
    const policy = readGuardPolicy({ internalDomains: ['not a domain'], minPasswordLength: 0, blockLookalikeDomains: 'yes', blockLandlineSms: 1 });
    expect(policy).toEqual({ ...NO_GUARD_POLICY, ignored: ['internalDomains', 'minPasswordLength', 'blockLookalikeDomains', 'blockLandlineSms'] });
  });

  it('warns below 8 characters unless the organisation says otherwise', () => {
    expect(effectiveMinPassword(NO_GUARD_POLICY)).toBe(8);
    expect(effectiveMinPassword({ ...NO_GUARD_POLICY, minPasswordLength: 14 })).toBe(14);
  });
});

describe('managed_schema.json and the guard keys', () => {
  it('accepts in the schema what the parser accepts', async () => {
    const schema = (await import('../../../public/managed_schema.json', { with: { type: 'json' } })).default.properties as Record<string, Record<string, unknown>>;
    expect(schema['minPasswordLength']).toMatchObject({ type: 'integer', minimum: 1, maximum: 256 });
    expect(readGuardPolicy({ minPasswordLength: 256 }).minPasswordLength).toBe(256);
    expect(schema['internalDomains']).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(schema['blockLookalikeDomains']).toMatchObject({ type: 'boolean' });
    expect(schema['blockLandlineSms']).toMatchObject({ type: 'boolean' });
  });
});

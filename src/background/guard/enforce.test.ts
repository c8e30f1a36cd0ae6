import { describe, expect, it } from 'vitest';
import metadata from 'libphonenumber-js/metadata.max.json' with { type: 'json' };
import { NO_GUARD_POLICY, type GuardPolicy } from '../../shared/guard/policy';
import type { SendSignRequest, Signer } from '../../shared/messages';
import { enforceGuard, GuardError, guardUserError } from './enforce';
import { phoneTypes } from './phone-types';
import { SHIPPED_CONFUSABLES } from '../../shared/guard/confusables.test-helpers';

const signer = (email: string, verification: Signer['verification'], password: string | null = null) =>
  ({ email, role: 'signer', order: null, verification, password }) as unknown as Signer;
const request = (...signers: Signer[]) => ({ fileIds: ['1'], templateId: null, signers }) as unknown as SendSignRequest;
const types = phoneTypes(async () => metadata);
const confusables = async () => SHIPPED_CONFUSABLES;
const check = (req: SendSignRequest, policy: Partial<GuardPolicy>, sent: string[] = [], table = confusables) =>
  enforceGuard(req, { policy: { ...NO_GUARD_POLICY, ...policy }, sentDomains: async () => sent, phoneTypes: types, confusables: table });

const landline = signer('ann@example.com', { kind: 'sms', phone: '+442079460958' });
const mobile = signer('ann@example.com', { kind: 'sms', phone: '+447400123456' });
const lookalike = signer('bob@examp1e.com', { kind: 'none' });

describe('enforceGuard', () => {
  it('lets everything through without a policy (the popup only warns)', async () => {
    await expect(check(request(landline, lookalike, signer('c@x.com', { kind: 'none' }, 'short')), {}, ['example.com'])).resolves.toBeUndefined();
  });

  it('refuses a password shorter than minPasswordLength, in plain words', async () => {
    await expect(check(request(signer('c@x.com', { kind: 'none' }, 'elevenchars')), { minPasswordLength: 12 })).rejects.toThrow(
      'Your organisation requires signer passwords of at least 12 characters; the one for c@x.com is shorter. Nothing was sent.',
    );
    await expect(check(request(signer('c@x.com', { kind: 'none' }, 'twelve chars')), { minPasswordLength: 12 })).resolves.toBeUndefined();
  });

  it('refuses a look-alike of an internal domain or of a domain sent to before', async () => {
    await expect(check(request(lookalike), { blockLookalikeDomains: true, internalDomains: ['example.com'] })).rejects.toThrow(
      'examp1e.com looks like example.com, and your organisation does not allow sending to look-alike addresses. Nothing was sent.',
    );
    await expect(check(request(lookalike), { blockLookalikeDomains: true }, ['example.com'])).rejects.toBeInstanceOf(GuardError);
    await expect(check(request(lookalike), { blockLookalikeDomains: true }, ['other.org'])).resolves.toBeUndefined();
  });

  it('refuses every request with blockLookalikeDomains when the look-alike table cannot be read (fails closed)', async () => {
    const unreadable = async () => {
      throw new Error('guard/confusables.json: HTTP 404');
    };
    const refused = check(request(signer('ann@example.com', { kind: 'none' })), { blockLookalikeDomains: true }, ['example.com'], unreadable);
    await expect(refused).rejects.toBeInstanceOf(GuardError);
    await expect(refused).rejects.toThrow(/could not check the signers' addresses.*Nothing was sent/);
    await expect(check(request(signer('ann@example.com', { kind: 'none' })), {}, [], unreadable)).resolves.toBeUndefined();
  });

  it('never fetches the look-alike table unless blockLookalikeDomains is on', async () => {
    let fetched = 0;
    const counting = async () => ((fetched += 1), SHIPPED_CONFUSABLES);
    await check(request(lookalike), { blockLandlineSms: true, minPasswordLength: 4 }, ['example.com'], counting);
    expect(fetched).toBe(0);
    await expect(check(request(lookalike), { blockLookalikeDomains: true }, ['example.com'], counting)).rejects.toBeInstanceOf(GuardError);
    expect(fetched).toBe(1);
  });

  it('refuses SMS to a landline only with blockLandlineSms', async () => {
    await expect(check(request(landline), { blockLandlineSms: true })).rejects.toThrow(/^\+442079460958 looks like a landline or service number/);
    await expect(check(request(mobile), { blockLandlineSms: true })).resolves.toBeUndefined();
    await expect(check(request(signer('u@x.com', { kind: 'sms', phone: '+12015550123' })), { blockLandlineSms: true })).resolves.toBeUndefined();
  });

  it('never fetches the phone metadata unless blockLandlineSms is on', async () => {
    let fetched = 0;
    const counting = phoneTypes(async () => ((fetched += 1), metadata));
    await enforceGuard(request(landline), { policy: NO_GUARD_POLICY, sentDomains: async () => [], phoneTypes: counting, confusables });
    expect(fetched).toBe(0);
  });

  it('never reads the domains sent to unless blockLookalikeDomains is on', async () => {
    let read = 0;
    const sentDomains = async () => ((read += 1), ['example.com']);
    await enforceGuard(request(lookalike), { policy: { ...NO_GUARD_POLICY, blockLandlineSms: true }, sentDomains, phoneTypes: types, confusables });
    expect(read).toBe(0);
  });

  it('looks up the type of SMS numbers only', async () => {
    const asked: string[] = [];
    const recording = async (e164: string) => (asked.push(e164), types(e164));
    const policy = { ...NO_GUARD_POLICY, blockLandlineSms: true };
    await enforceGuard(request(signer('c@x.com', { kind: 'none' }, 'long enough pass'), mobile), { policy, sentDomains: async () => [], phoneTypes: recording, confusables });
    expect(asked).toEqual(['+447400123456']);
  });

  it('turns its refusals into user errors, and nothing else', () => {
    expect(guardUserError(new GuardError('No.'))).toEqual({ message: 'No.', code: 'guard_refused' });
    expect(guardUserError(new Error('x'))).toBeNull();
  });
  it('names its refusals in logs as GuardError', () => {
    expect(String(new GuardError('No.'))).toBe('GuardError: No.');
  });
});

import { describe, expect, it } from 'vitest';
import { domainsOf, isEmail, signerRowNotes, type SignerRowInput } from './signer-guard';
import { EmailSchema } from '../shared/schemas/sign-request';
import { SHIPPED_CONFUSABLES } from '../shared/guard/confusables.test-helpers';

const NOV_3 = Date.UTC(2026, 10, 3, 12);
const ctx = { trusted: ['example.com'], confusables: SHIPPED_CONFUSABLES, minPassword: 8 };
const row = (patch: Partial<SignerRowInput>): SignerRowInput => ({ email: 'ann@example.org', e164: null, phoneType: undefined, memory: null, password: null, ...patch });

describe('signerRowNotes (one row, in the issue’s words)', () => {
  it('says nothing about an ordinary row', () => {
    expect(signerRowNotes(row({ e164: '+447400123456', phoneType: 'MOBILE', memory: { status: 'same', last2: '56', at: NOV_3 } }), [], ctx)).toEqual({
      email: [],
      landline: null,
      changed: null,
      password: null,
    });
  });

  it('flags a look-alike domain', () => {
    expect(signerRowNotes(row({ email: 'bob@examp1e.com' }), [], ctx).email).toEqual(['examp1e.com looks like example.com']);
  });

  it('shows a Punycode domain decoded, saying when it mixes alphabets', () => {
    expect(signerRowNotes(row({ email: 'bob@xn--exmple-4nf.org' }), [], ctx).email).toEqual([
      'This address\'s domain mixes alphabets: exаmple.org. Check it is the one you mean.',
    ]);
    expect(signerRowNotes(row({ email: 'bob@xn--e1afmkfd.xn--p1ai' }), [], ctx).email).toEqual(["This address's domain is written in other letters: пример.рф"]);
  });

  it('warns about a landline, not about FIXED_LINE_OR_MOBILE', () => {
    expect(signerRowNotes(row({ e164: '+442079460958', phoneType: 'FIXED_LINE' }), [], ctx).landline).toBe(
      'This looks like a landline or service number; Box sends the code by text message',
    );
    expect(signerRowNotes(row({ e164: '+12015550123', phoneType: 'FIXED_LINE_OR_MOBILE' }), [], ctx).landline).toBeNull();
  });

  it('says when a known signer had another number: its last two digits and the day', () => {
    const notes = signerRowNotes(row({ email: 'ann@example.com', e164: '+447400123499', phoneType: 'MOBILE', memory: { status: 'changed', last2: '71', at: NOV_3 } }), [], ctx);
    expect(notes.changed).toBe('Last time ann@example.com used a different number (ending in 71, on 3 Nov)');
  });

  it('rates the password and lists what is wrong with it', () => {
    expect(signerRowNotes(row({ password: 'ann' }), ['ann'], ctx).password).toEqual({
      issues: ['Use at least 8 characters', "This password is the signer's name", 'Another signer gets the same password'],
      strength: { bits: expect.any(Number), level: 0 },
    });
    expect(signerRowNotes(row({ password: 'Bakoti-venuma-Rosidu-pefala-47' }), [], ctx).password).toEqual({ issues: [], strength: { bits: expect.any(Number), level: 3 } });
  });

  it('lists domains of addresses, decoded', () => {
    expect(domainsOf(['a@Example.com', 'nobody', 'b@xn--mnchen-3ya.de'])).toEqual(['example.com', 'münchen.de']);
  });
});

describe('isEmail', () => {
  it('accepts exactly the addresses the protocol does', () => {
    for (const email of ['bob@example.com', 'a.b+c@sub.example.co', 'nope', 'bob@', '@example.com', `${'x'.repeat(300)}@example.com`, '']) {
      expect(isEmail(email), email).toBe(EmailSchema.safeParse(email).success);
    }
    expect(isEmail('bob@example.com')).toBe(true);
    expect(isEmail('bob@')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { emailDomain, isInternalEmail, signerMethod } from './signers';

describe('signerMethod', () => {
  it('names the method a request’s signer uses; a password alone is “password”', () => {
    expect(signerMethod({ verification: { kind: 'sms' }, password: null })).toBe('sms');
    expect(signerMethod({ verification: { kind: 'sms' }, password: 'pw' })).toBe('sms');
    expect(signerMethod({ verification: { kind: 'login' }, password: 'pw' })).toBe('login');
    expect(signerMethod({ verification: { kind: 'none' }, password: 'pw' })).toBe('password');
    expect(signerMethod({ verification: { kind: 'none' }, password: null })).toBe('none');
  });
});

describe('isInternalEmail', () => {
  const domains = ['acme.com', 'acme.co.uk'];

  it('matches the domain without regard to case, and its subdomains', () => {
    for (const email of ['a@acme.com', 'A@ACME.COM', 'a@Acme.Com', 'a@eu.acme.com', 'a@x.y.acme.co.uk', 'a@acme.com.']) {
      expect(isInternalEmail(email, domains), email).toBe(true);
    }
  });

  it('reads the domain after the last @, so plus-addressing and tricks in the local part change nothing', () => {
    expect(isInternalEmail('alice+signing@acme.com', domains)).toBe(true);
    expect(emailDomain('alice+acme.com@evil.net')).toBe('evil.net');
    for (const email of ['alice+acme.com@evil.net', '"a@acme.com"@evil.net', 'acme.com@evil.net']) {
      expect(isInternalEmail(email, domains), email).toBe(false);
    }
  });

  it('does not take lookalikes for the organisation', () => {
    for (const email of ['a@evilacme.com', 'a@acme.com.evil.net', 'a@acme.co', 'a@acme-com.net', 'a@com', 'a@']) {
      expect(isInternalEmail(email, domains), email).toBe(false);
    }
  });

  it('ignores spaces around the domain, as around a typed email', () => {
    expect(emailDomain('a@Acme.com. ')).toBe('acme.com');
    expect(isInternalEmail('a@acme.com ', domains)).toBe(true);
  });

  it('never counts an email without a domain as internal, even against an empty domain in the list', () => {
    for (const email of ['a@', 'a', '']) expect(isInternalEmail(email, [...domains, '']), email).toBe(false);
  });

  it('counts everyone as external without domains', () => {
    expect(isInternalEmail('a@acme.com', [])).toBe(false);
  });
});

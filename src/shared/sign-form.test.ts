import { describe, expect, it } from 'vitest';
import { backgroundProtocol } from './messages';
import { normalisePhone, regionName, validateSignForm, type SignFormDraft } from './sign-form';

const ctx = { fileIds: ['123456789'], defaultCountry: 'US' };
const sms = (over: Partial<SignFormDraft & { password: string }> = {}) => ({
  email: 'signer@example.com',
  method: 'sms' as const,
  phone: '(415) 555-2671',
  requiredToView: true,
  password: '',
  ...over,
});
const pw = (over: Partial<SignFormDraft & { password: string }> = {}) => sms({ method: 'password', phone: '', password: 'Tulip-42', ...over });

describe('validateSignForm', () => {
  it('builds an SMS signer with the phone in E.164', () => {
    expect(validateSignForm(sms(), ctx)).toEqual({
      ok: true,
      request: {
        fileIds: ['123456789'],
        signer: { email: 'signer@example.com', verification: { kind: 'sms', phone: '+14155552671', requiredToView: true } },
      },
    });
  });

  it('builds a password signer and ignores the phone field', () => {
    expect(validateSignForm(pw({ phone: 'garbage', requiredToView: false }), ctx)).toEqual({
      ok: true,
      request: { fileIds: ['123456789'], signer: { email: 'signer@example.com', verification: { kind: 'password', password: 'Tulip-42' } } },
    });
  });

  it('keeps requiredToView as chosen', () => {
    const result = validateSignForm(sms({ requiredToView: false }), ctx);
    expect(result.ok && result.request.signer.verification).toMatchObject({ kind: 'sms', requiredToView: false });
  });

  it('trims the email', () => {
    const result = validateSignForm(sms({ email: '  Ann.Lee@Example.co.uk ' }), ctx);
    expect(result.ok && result.request.signer.email).toBe('Ann.Lee@Example.co.uk');
  });

  it.each(['', '   ', 'ann', 'ann@', '@example.com', 'ann@example', 'ann example@x.com', 'ann@@example.com'])(
    'refuses the email %j',
    (email) => {
      const result = validateSignForm(sms({ email }), ctx);
      expect(result).toMatchObject({ ok: false, errors: { email: expect.stringContaining('name@company.com') } });
    },
  );

  it('asks for the email in plain words when it is empty', () => {
    expect(validateSignForm(sms({ email: '' }), ctx)).toMatchObject({
      errors: { email: "Enter the signer's email address, like name@company.com." },
    });
  });

  it('refuses an empty password and one longer than the protocol allows', () => {
    expect(validateSignForm(pw({ password: '' }), ctx)).toEqual({ ok: false, errors: { password: 'Enter a password for the signer.' } });
    expect(validateSignForm(pw({ password: 'x'.repeat(257) }), ctx)).toMatchObject({ ok: false, errors: { password: expect.any(String) } });
    expect(validateSignForm(pw({ password: 'x'.repeat(256) }), ctx).ok).toBe(true);
  });

  it('keeps the password exactly as typed (no trimming, no rules of our own)', () => {
    const result = validateSignForm(pw({ password: ' 1 ' }), ctx);
    expect(result.ok && result.request.signer.verification).toEqual({ kind: 'password', password: ' 1 ' });
  });

  it('refuses a request without a file', () => {
    expect(validateSignForm(sms(), { ...ctx, fileIds: [] })).toMatchObject({ ok: false, errors: { file: expect.stringMatching(/Open a Box file/) } });
  });

  it('reports every invalid field at once', () => {
    const result = validateSignForm(sms({ email: 'x', phone: '12' }), { ...ctx, fileIds: [] });
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['email', 'file', 'phone']);
  });

  it('produces only requests the message schema accepts', () => {
    for (const form of [sms(), pw(), sms({ phone: '+44 7911 123456' })]) {
      const result = validateSignForm(form, ctx);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(backgroundProtocol.sendSignRequest.request.safeParse(result.request).success).toBe(true);
    }
  });
});

describe('normalisePhone', () => {
  it.each([
    ['(415) 555-2671', 'US', '+14155552671'],
    ['415.555.2671', 'US', '+14155552671'],
    ['+1 415 555 2671', 'GB', '+14155552671'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['07911 123456', 'GB', '+447911123456'],
    ['+44 20 7946 0958', 'US', '+442079460958'],
    ['0044 20 7946 0958', 'GB', '+442079460958'],
    ['06 12 34 56 78', 'FR', '+33612345678'],
  ])('reads %j with default %s as %s', (input, country, e164) => {
    expect(normalisePhone(input, country)).toEqual({ ok: true, e164 });
  });

  it("refuses the docs' fictional +15551232190", () => {
    expect(normalisePhone('+15551232190', 'US')).toMatchObject({ ok: false });
    expect(normalisePhone('555 123 2190', 'US')).toMatchObject({ ok: false });
  });

  it('refuses numbers that are the right length but not in use (needs full metadata)', () => {
    // With the default `min` metadata these pass: for most countries it only checks the length.
    expect(normalisePhone('+49 1234 5678', 'US')).toMatchObject({ ok: false });
    expect(normalisePhone('123456', 'DE')).toMatchObject({ ok: false });
  });

  it('names the default country when a national number is invalid', () => {
    expect(normalisePhone('020 7946 0958', 'US')).toEqual({
      ok: false,
      error: "This phone number isn't valid for United States. Include the country code, like +44 20 7946 0958.",
    });
  });

  it.each(['', '  ', '12', 'call me', '+999 123456'])('refuses %j', (input) => {
    expect(normalisePhone(input, 'US').ok).toBe(false);
  });

  it('refuses an extension, because the code is a text message', () => {
    expect(normalisePhone('(415) 555-2671 ext. 12', 'US')).toMatchObject({ ok: false, error: expect.stringMatching(/extension/) });
  });

  it('copes with a default country libphonenumber does not know', () => {
    expect(normalisePhone('+1 415 555 2671', 'XX')).toEqual({ ok: true, e164: '+14155552671' });
    expect(normalisePhone('415 555 2671', 'XX').ok).toBe(false);
  });
});

describe('regionName', () => {
  it('names regions in English and falls back to the code', () => {
    expect(regionName('GB')).toBe('United Kingdom');
    expect(regionName('not a region')).toBe('not a region');
  });
});

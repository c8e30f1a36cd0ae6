import { describe, expect, it } from 'vitest';
import { normalisePhone, phoneType, regionName } from './phone';
import { cannotReceiveSms } from '../../shared/guard/phone-type';
import { NO_SMS_METADATA_TYPES, PHONE_EXAMPLES } from '../../shared/guard/phone-examples.test-helpers';

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

  it('asks for a number when none was typed', () => {
    const missing = { ok: false, error: "Enter the signer's mobile number. Box texts the code to it." };
    expect(normalisePhone('', 'US')).toEqual(missing);
    expect(normalisePhone('   ', 'GB')).toEqual(missing);
  });

  // A number written with its country code was not read with the default country: naming that
  // country in the error would send the user looking at the wrong thing.
  it.each([
    ['+999 123456', 'US'],
    ['0099 123456', 'US'],
    ['+44 20 7946', 'GB'],
    ['415 555 2671', 'XX'],
  ])('refuses %j (default %s) without naming a country', (input, country) => {
    expect(normalisePhone(input, country)).toEqual({
      ok: false,
      error: "This phone number isn't valid. Check the country code and the number, like +44 20 7946 0958.",
    });
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

describe('phoneType and cannotReceiveSms, on libphonenumber\'s own example numbers', () => {
  it.each(PHONE_EXAMPLES.map((example) => [example.country, example.type, example.e164] as const))('%s %s %s', (_country, type, e164) => {
    const found = phoneType(e164);
    // The US and Canada cannot tell a landline from a mobile: their examples are FIXED_LINE_OR_MOBILE, never flagged.
    expect(cannotReceiveSms(found)).toBe(NO_SMS_METADATA_TYPES.has(type) && found !== 'FIXED_LINE_OR_MOBILE');
  });

  it('a London landline cannot receive SMS; a UK mobile can; a US number is ambiguous', () => {
    expect(phoneType('+442079460958')).toBe('FIXED_LINE');
    expect(phoneType('+447400123456')).toBe('MOBILE');
    expect(phoneType('+12015550123')).toBe('FIXED_LINE_OR_MOBILE');
    expect(cannotReceiveSms(phoneType('+12015550123'))).toBe(false);
  });
});

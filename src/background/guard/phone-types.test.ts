import { describe, expect, it, vi } from 'vitest';
import metadata from 'libphonenumber-js/metadata.max.json' with { type: 'json' };
import { cannotReceiveSms } from '../../shared/guard/phone-type';
import { NO_SMS_METADATA_TYPES, PHONE_EXAMPLES } from '../../shared/guard/phone-examples.test-helpers';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { phoneTypeOf, phoneTypes } from './phone-types';

describe('phoneTypeOf agrees with libphonenumber-js', () => {
  const national = (e164: string) => parsePhoneNumberFromString(e164)?.getType();
  it.each(PHONE_EXAMPLES.map((e) => [e.country, e.type, e.e164] as const))('Google example %s %s %s', (_country, _type, e164) => {
    expect(phoneTypeOf(metadata as never, e164)).toBe(national(e164));
  });

  it("on every region's mobile example, and on numbers that are not valid", () => {
    const numbers = Object.entries(examples).map(([region, number]) => parsePhoneNumberFromString(number, region as CountryCode)!.number);
    expect(numbers.length).toBeGreaterThan(200);
    for (const e164 of numbers) expect(phoneTypeOf(metadata as never, e164), e164).toBe(national(e164));
    for (const e164 of ['+4412', '+999123456789', '+15551232190', '+80012345678', '+882']) expect(phoneTypeOf(metadata as never, e164), e164).toBe(national(e164));
  });
});

describe('phoneTypes (the shipped metadata)', () => {
  it.each(PHONE_EXAMPLES.map((e) => [e.country, e.type, e.e164] as const))('%s %s %s', async (_country, type, e164) => {
    const found = await phoneTypes(async () => metadata)(e164);
    expect(cannotReceiveSms(found)).toBe(NO_SMS_METADATA_TYPES.has(type) && found !== 'FIXED_LINE_OR_MOBILE');
  });

  it('fetches the metadata once, and again after a failure', async () => {
    const load = vi.fn<() => Promise<unknown>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(metadata);
    const types = phoneTypes(load);
    await expect(types('+442079460958')).rejects.toThrow('offline');
    expect(await types('+442079460958')).toBe('FIXED_LINE');
    expect(await types('+447400123456')).toBe('MOBILE');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

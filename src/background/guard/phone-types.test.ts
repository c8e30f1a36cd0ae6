import { describe, expect, it, vi } from 'vitest';
import metadata from 'libphonenumber-js/metadata.max.json' with { type: 'json' };
import { cannotReceiveSms } from '../../shared/guard/phone-type';
import { NO_SMS_METADATA_TYPES, PHONE_EXAMPLES } from '../../shared/guard/phone-examples.test-helpers';
import { phoneTypes } from './phone-types';

describe('phoneTypes (libphonenumber-js/core with the shipped metadata)', () => {
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

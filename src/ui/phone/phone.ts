// Phone numbers for SMS verification, normalised to E.164.
//
// Phone numbers use the `max` metadata: with the default `min` metadata `isValid()` is only a
// length check for most countries (it refuses +1 555… only because NANP keeps per-country
// patterns). Box texts the code to this number, so a typo caught here saves a failed request.
// Cost: ~48 KB gzipped instead of ~28 KB for `min`; the popup loads this module after its first
// render (phone-loader.ts), so it is not among the popup's initial scripts.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { t } from '../../shared/i18n';
import { E164 } from '../../shared/sign-request/limits';
import { regionName } from './region';

const PHONE_EXAMPLE = '+44 20 7946 0958';

export type PhoneResult = { ok: true; e164: string } | { ok: false; error: string };

/** Reads what the user typed, with `defaultCountry` for numbers without a +country code. */
export function normalisePhone(input: string, defaultCountry: string): PhoneResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: t('phoneMissing') };
  const international = text.startsWith('+') || text.startsWith('00');
  const country = asCountry(defaultCountry);
  const parsed = parsePhoneNumberFromString(text, country);
  if (parsed?.isValid() && !parsed.ext && E164.test(parsed.number)) return { ok: true, e164: parsed.number };
  if (parsed?.ext) return { ok: false, error: t('phoneExtension') };
  if (international || !country) {
    return { ok: false, error: t('phoneInvalid', PHONE_EXAMPLE) };
  }
  return { ok: false, error: t('phoneInvalidFor', regionName(country), PHONE_EXAMPLE) };
}

/** libphonenumber's type for a valid E.164 number (`FIXED_LINE`, `MOBILE`, `FIXED_LINE_OR_MOBILE`…), if it knows one. */
export function phoneType(e164: string): string | undefined {
  return parsePhoneNumberFromString(e164)?.getType();
}

function asCountry(code: string): CountryCode | undefined {
  return isSupportedCountry(code) ? code : undefined;
}

export { regionName } from './region';

// Validation of the popup's sending form. Pure: the popup shows the errors, and the request it
// returns is exactly what `sendSignRequest` expects, so nothing passes here and fails the schema.
//
// Phone numbers use the `max` metadata: with the default `min` metadata `isValid()` is only a
// length check for most countries (it refuses +1 555… only because NANP keeps per-country
// patterns). Box texts the code to this number, so a typo caught here saves a failed request.
// Cost: ~48 KB gzipped in the popup bundle instead of ~28 KB for `min`.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { E164Schema, EmailSchema, FileIdSchema, type SignerInput } from './messages';

export type SignMethod = 'sms' | 'password';

/** What the popup keeps between openings. The password is deliberately not part of it. */
export type SignFormDraft = {
  email: string;
  method: SignMethod;
  phone: string;
  requiredToView: boolean;
};

export type SignFormField = 'file' | 'email' | 'phone' | 'password';
export type SignFormErrors = Partial<Record<SignFormField, string>>;
export type SignRequestInput = { fileIds: string[]; signer: SignerInput };
export type SignFormResult = { ok: true; request: SignRequestInput } | { ok: false; errors: SignFormErrors };
export type SignFormContext = { fileIds: string[]; defaultCountry: string };

/** Same caps as the message protocol (`backgroundProtocol.sendSignRequest`). */
export const MAX_FILES = 10;
export const MAX_PASSWORD_LENGTH = 256;

const PHONE_EXAMPLE = '+44 20 7946 0958';

export function validateSignForm(form: SignFormDraft & { password: string }, ctx: SignFormContext): SignFormResult {
  const errors: SignFormErrors = {};
  const fileError = checkFiles(ctx.fileIds);
  if (fileError) errors.file = fileError;

  const email = form.email.trim();
  const emailError = checkEmail(email);
  if (emailError) errors.email = emailError;

  let verification: SignerInput['verification'] | null = null;
  if (form.method === 'sms') {
    const phone = normalisePhone(form.phone, ctx.defaultCountry);
    if (phone.ok) verification = { kind: 'sms', phone: phone.e164, requiredToView: form.requiredToView };
    else errors.phone = phone.error;
  } else {
    const passwordError = checkPassword(form.password);
    if (passwordError) errors.password = passwordError;
    else verification = { kind: 'password', password: form.password };
  }

  if (Object.keys(errors).length > 0 || verification === null) return { ok: false, errors };
  return { ok: true, request: { fileIds: [...ctx.fileIds], signer: { email, verification } } };
}

function checkFiles(fileIds: string[]): string | null {
  if (fileIds.length === 0) return 'Open a Box file first, then click the toolbar button again.';
  if (fileIds.length > MAX_FILES) return `Box Sign takes at most ${MAX_FILES} files in one request.`;
  if (!fileIds.every((id) => FileIdSchema.safeParse(id).success)) return "This page's file could not be read. Reload the Box tab.";
  return null;
}

function checkEmail(email: string): string | null {
  if (email === '') return "Enter the signer's email address, like name@company.com.";
  // The protocol's own schema, so the form and the background can never disagree.
  if (!EmailSchema.safeParse(email).success) {
    return "This doesn't look like an email address. Enter it like name@company.com.";
  }
  return null;
}

function checkPassword(password: string): string | null {
  // Box states no password rules; we only refuse what the request cannot carry.
  if (password === '') return 'Enter a password for the signer.';
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  return null;
}

export type PhoneResult = { ok: true; e164: string } | { ok: false; error: string };

/** Reads what the user typed, with `defaultCountry` for numbers without a +country code. */
export function normalisePhone(input: string, defaultCountry: string): PhoneResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: `Enter the signer's mobile number. Box texts the code to it.` };
  const international = text.startsWith('+') || text.startsWith('00');
  const country = asCountry(defaultCountry);
  const parsed = parsePhoneNumberFromString(text, country);
  if (parsed?.isValid() && !parsed.ext && E164Schema.safeParse(parsed.number).success) {
    return { ok: true, e164: parsed.number };
  }
  if (parsed?.ext) return { ok: false, error: 'Remove the extension: the code is sent by text message.' };
  if (international || !country) {
    return { ok: false, error: `This phone number isn't valid. Check the country code and the number, like ${PHONE_EXAMPLE}.` };
  }
  return {
    ok: false,
    error: `This phone number isn't valid for ${regionName(country)}. Include the country code, like ${PHONE_EXAMPLE}.`,
  };
}

function asCountry(code: string): CountryCode | undefined {
  return isSupportedCountry(code) ? code : undefined;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "GB" → "United Kingdom". The UI is in English, so names are too. */
export function regionName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code; // Not a well-formed region code: show it as stored.
  }
}

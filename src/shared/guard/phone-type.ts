// Which phone number types cannot receive Box's text message. libphonenumber-js (full metadata)
// tells the type; this table says what it means for SMS. `FIXED_LINE_OR_MOBILE` (the US, Canada…)
// cannot be told apart, so it is not flagged: a warning there would be wrong half the time.
export const NO_SMS_TYPES: ReadonlySet<string> = new Set(['FIXED_LINE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'VOICEMAIL']);

/** True when a number of this type (libphonenumber's `getType()`) cannot receive a text message. */
export function cannotReceiveSms(type: string | undefined): boolean {
  return type !== undefined && NO_SMS_TYPES.has(type);
}

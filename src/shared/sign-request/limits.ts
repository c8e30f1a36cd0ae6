// Box Sign's limits and value sets, and our own caps on a request, written once. The protocol schemas,
// the popup's form, the settings, the Box payload schema and the emulator (which models the same Box
// rules) import them from here. No imports: any context can load it, the emulator under Node too.

// Box's [sign-requests.md §0, §2].
/** `source_files`: "maxItems: 10". */
export const MAX_FILES = 10;
/** "35 is the max number of signers permitted". */
export const MAX_SIGNERS = 35;
/** `days_valid`: "minimum: 0, maximum: 730". */
export const MAX_DAYS_VALID = 730;

export const SIGNER_ROLES = ['signer', 'approver', 'final_copy_reader'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];
export const SIGNATURE_COLORS = ['blue', 'black', 'red'] as const;
export type SignatureColor = (typeof SIGNATURE_COLORS)[number];

/** `verification_phone_number` has no pattern in the spec; E.164 is what the docs show, and what we send. */
export const E164 = /^\+[1-9]\d{6,14}$/;

// Ours, not Box's: sanity caps on what one request carries.
/** Box states no password rules; we only refuse what a request should not carry. */
export const MAX_PASSWORD_LENGTH = 256;
export const MAX_ORDER = 99;
/** Box documents no maximum for `email_subject`/`email_message` [§0]: these are ours, chosen so the whole
 *  `settings` item stays under storage.sync's 8,192-byte per-item quota (at most 3 UTF-8 bytes a unit). */
export const MAX_EMAIL_SUBJECT = 255;
export const MAX_EMAIL_MESSAGE = 2000;
export const MAX_REQUEST_NAME = 255;
/** An email address: RFC 5321's 256-octet path less its angle brackets. */
export const MAX_EMAIL_ADDRESS = 254;
/** A cancellation reason: ours, like the email caps. */
export const MAX_CANCEL_REASON = 1000;
/** Extra requests a browser's re-sent POST made that one send reports: more would be something else. */
export const MAX_COPIES = 10;

/**
 * How a signer proves who they are, as the popup offers it and the `defaultMethod` setting stores it:
 * an SMS code, a password alone, Box sign-in (`login_required`), or nothing.
 */
export const SIGN_METHODS = ['sms', 'password', 'login', 'none'] as const;
export type SignMethod = (typeof SIGN_METHODS)[number];

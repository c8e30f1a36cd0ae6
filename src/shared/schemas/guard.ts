// Messages of the signer identity guard (issue 16): what the background remembers about signers
// (a keyed hash of each one's last phone, the domains sent to), asked by the popup as the user types.
import * as z from 'zod/mini';
import { MAX_SIGNERS } from '../sign-request/limits';
import { E164Schema, EmailSchema } from './sign-request';

/** `new`: no phone remembered for this email; `changed`: the last one differs (ending `last2`, used at `at`). */
export const PhoneMemorySchema = z.object({
  status: z.enum(['new', 'same', 'changed']),
  last2: z.nullable(z.string().check(z.regex(/^\d{2}$/))),
  at: z.nullable(z.number()),
});
export type PhoneMemory = z.infer<typeof PhoneMemorySchema>;

// The requests and their answers apart: the worker needs only the requests (messages.ts).
export const guardRequests = {
  /** For each signer, whether their phone is the one last used with their email. */
  checkSignerPhones: {
    request: z.strictObject({ signers: z.array(z.object({ email: EmailSchema, phone: E164Schema })).check(z.maxLength(MAX_SIGNERS)) }),
  },
  /** Forgets one signer's remembered phone, or every signer's (and the domains sent to) without `email`. */
  forgetSigner: { request: z.strictObject({ email: z.optional(EmailSchema) }) },
  /** What the popup's checks compare with: the domains sent to from this browser, and the organisation's guard policy. */
  getGuardContext: { request: z.strictObject({}) },
  /**
   * Sent by a page right after it copied a password: the background clears the clipboard
   * `CLEAR_CLIPBOARD_AFTER_MS` later, whether or not the page is still open. Carries nothing: the
   * password never leaves the page (strict: a field here is refused).
   */
  clearClipboardLater: { request: z.strictObject({}) },
};
export { CLEAR_CLIPBOARD_AFTER_MS } from '../clipboard-delay';

export const guardResponses = {
  checkSignerPhones: z.object({ phones: z.array(PhoneMemorySchema) }),
  forgetSigner: z.object({}),
  clearClipboardLater: z.object({}),
  getGuardContext: z.object({ sentDomains: z.array(z.string()), internalDomains: z.array(z.string()), minPasswordLength: z.nullable(z.number()) }),
};

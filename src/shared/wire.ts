// The wire format of every message (`{type, data}` out, an envelope back) and the content script's one
// message: what a page needs to send anything and to ask its Box tab for files. Apart from messages.ts,
// which re-exports them, so that a page can load the background's protocol (every answer's schema)
// only when it first sends it a message (platform/index.ts): the popup's form does not wait for it.
import * as z from 'zod/mini';
import { PageFilesSchema } from './schemas/page-files';

/**
 * Errors cross contexts as data, with Box's details kept for support. In plain words, but for a Box
 * failure: the worker sends its facts (`box`, shared/box-facts.ts) and the page puts them into words
 * (platform/box-words.ts, loaded only then; `message` is empty until then).
 */
export const UserErrorSchema = z.object({
  message: z.string(),
  box: z.optional(z.unknown()),
  code: z.optional(z.string()),
  status: z.optional(z.number()),
  requestId: z.optional(z.string()),
  /** The form field the error belongs beside (`signers.1.verification`), when Box blamed one signer's. */
  field: z.optional(z.string()),
});
export type UserError = z.infer<typeof UserErrorSchema>;

/** Messages a content script answers. Only the extension may send them. */
export const contentProtocol = {
  getPageFiles: { request: z.strictObject({}), response: PageFilesSchema },
} satisfies Record<string, { request: z.ZodMiniType; response: z.ZodMiniType }>; // a Protocol (messages.ts)

/** The wire format: `{type, data}` out, an envelope back. */
export const MessageSchema = z.object({ type: z.string(), data: z.unknown() });
export const EnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: UserErrorSchema }),
]);
export type Envelope = z.infer<typeof EnvelopeSchema>;

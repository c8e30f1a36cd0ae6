// Sign requests sent from this browser, as the "Sent" view lists them (request tracking).
import * as z from 'zod/mini';
import { wholeCheck } from './whole';
import { FileIdSchema, SignRequestIdSchema } from './box';

/** A sign request sent from this browser, as the "Sent" view shows it (kept in storage.local, no secrets). */
export const TrackedRequestSchema = z.object({
  id: SignRequestIdSchema,
  /** Epoch ms (this browser's clock) when Box accepted the request. */
  createdAt: z.number(),
  files: z.array(z.object({ id: FileIdSchema, name: z.nullable(z.string()) })),
  signerEmails: z.array(z.string()),
  status: z.string(), // Last status Box reported; unknown values are kept and shown as-is.
  terminal: z.boolean(),
  lastPolledAt: z.nullable(z.number()),
  /** When the signers were last emailed as far as we know: the send, or our last resend. */
  lastSentAt: z.number(),
  lastResendAt: z.nullable(z.number()),
  openUrl: z.nullable(z.string()),
  prepareUrl: z.nullable(z.string()),
  /** Box answered 404: the request (or its files) is gone or no longer accessible. */
  gone: z.boolean(),
  /** False until a popup has shown it: a send finished while no popup was open. */
  seen: z.boolean(),
  /** Set on an extra copy Box made of request `copyOf` (a re-sent POST): cancelled as soon as Box allows. */
  copyOf: z.optional(SignRequestIdSchema),
  /** Sent by Bulk send: the batch it belongs to, so the Sent view can group it. */
  batch: z.optional(z.object({ id: z.string(), name: z.nullable(z.string()) })),
});
export type TrackedRequest = z.infer<typeof TrackedRequestSchema>;

export const SentListSchema = z.object({
  requests: z.array(TrackedRequestSchema),
  /** Sends the background is still waiting on Box for (a popup may have closed meanwhile). */
  sending: z.number().check(wholeCheck(), z.nonnegative()),
  /** `enabled`: the `notifyOnFinish` setting (locked when the organisation sets it); `permitted`: the browser's permission. */
  notifications: z.object({ enabled: z.boolean(), permitted: z.boolean(), locked: z.boolean() }),
});
export type SentList = z.infer<typeof SentListSchema>;

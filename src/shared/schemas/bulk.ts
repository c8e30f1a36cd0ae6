// Bulk send: one document to many signers, each in a request of their own (issue 15). The page sends
// the rows once (`bulkStart`); the background queues them and answers with the batch's progress.
import * as z from 'zod/mini';
import { requestIssues } from '../sign-request/rules';
import { FileIdSchema, SignTemplateIdSchema } from './box';
import { recordOf } from './record';
import { withResponses } from '../routes';
import { PrefillSchema, SignerSchema, SignRequestOptionsSchema, type SendSignRequest } from './sign-request';
import { MAX_FILES } from '../sign-request/limits';
import { StoredErrorSchema } from '../box-facts';

/** Our cap on one batch: 5,000 rows is 50 minutes of Box's create limit (100 per minute per user). */
export const MAX_BULK_ROWS = 5000;
/** Box's create limit for sign requests: 100 per minute per user [sign-requests.md, rate limits]. */
export const BOX_CREATES_PER_MINUTE = 100;

const RowIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/));
const BatchIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/));

/** One row: the signer of its own request. `name` is the person's own label (Box's create has no signer name). */
export const BulkRowSchema = z.object({
  id: RowIdSchema,
  name: z.nullable(z.string().check(z.maxLength(255))),
  signer: SignerSchema,
  /** The row's values for the template's placeholders. */
  prefill: z.optional(PrefillSchema),
});
export type BulkRow = z.infer<typeof BulkRowSchema>;

/** What every request of a batch shares: the popup's request without its signers. */
const BulkBaseSchema = z.object({
  fileIds: z.array(FileIdSchema).check(z.maxLength(MAX_FILES)),
  templateId: z.nullable(SignTemplateIdSchema),
  options: SignRequestOptionsSchema,
});

export const BulkStartSchema = z
  .object({
    name: z.nullable(z.string().check(z.maxLength(255))),
    base: BulkBaseSchema,
    rows: z.array(BulkRowSchema).check(z.minLength(1), z.maxLength(MAX_BULK_ROWS)),
  })
  .check(
    z.superRefine((start, ctx) => {
      // Each row is one request: the popup's own rules, on that request (pages are not trusted).
      const emails = new Set<string>();
      const ids = new Set<string>();
      start.rows.forEach((row, index) => {
        const request = bulkRequest(start.base, row);
        for (const issue of requestIssues(request)) ctx.addIssue({ code: 'custom', path: ['rows', index, ...issue.path], message: issue.message });
        const email = row.signer.email.toLowerCase();
        if (emails.has(email)) ctx.addIssue({ code: 'custom', path: ['rows', index, 'email'], message: 'duplicate' });
        if (ids.has(row.id)) ctx.addIssue({ code: 'custom', path: ['rows', index, 'id'], message: 'duplicate' });
        emails.add(email);
        ids.add(row.id);
      });
    }),
  );
export type BulkStart = z.infer<typeof BulkStartSchema>;
export type BulkBase = BulkStart['base'];

/**
 * A row's own request. "The SMS code before viewing" is the batch's wish, applied to the rows whose
 * signer has a phone: Box refuses it without one [sign-requests.md §7.1], and the batch mixes both.
 */
export function bulkRequest(base: BulkBase, row: BulkRow): SendSignRequest {
  const requirePhoneToView = base.options.requirePhoneToView && row.signer.verification.kind === 'sms';
  return { ...base, options: { ...base.options, requirePhoneToView }, signers: [row.signer], ...(row.prefill?.length ? { prefill: row.prefill } : {}) };
}

export const BULK_ROW_STATUSES = ['pending', 'sending', 'sent', 'failed', 'cancelled', 'needs-password'] as const;
export type BulkRowStatus = (typeof BULK_ROW_STATUSES)[number];

export const BulkRowViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.nullable(z.string()),
  status: z.enum(BULK_ROW_STATUSES),
  requestId: z.nullable(z.string()),
  /** Where the person follows the request at Box. */
  link: z.nullable(z.string()),
  /** A refusal in words, or a Box failure's facts, which the page words (platform/box-words.ts). */
  error: StoredErrorSchema,
});
export type BulkRowView = z.infer<typeof BulkRowViewSchema>;

export const BulkViewSchema = z.object({
  id: z.string(),
  name: z.nullable(z.string()),
  createdAt: z.number(),
  state: z.enum(['running', 'paused', 'cancelled', 'done']),
  /** Why a batch is paused other than by the person: e.g. passwords lost with a browser restart. */
  pausedReason: z.nullable(z.string()),
  counts: z.object({ done: z.number(), failed: z.number(), remaining: z.number() }),
  /** Time left at Box's create limit, in ms; null when nothing is left to send. */
  etaMs: z.nullable(z.number()),
  rows: z.array(BulkRowViewSchema),
});
export type BulkView = z.infer<typeof BulkViewSchema>;

// The requests and their answers apart: the worker needs only the requests (messages.ts). Not in
// messages.ts's protocol: the popup and the other pages would load these schemas for nothing.
export const bulkRequests = {
  /** Queues one request per row; passwords go to storage.session only, sealed. */
  bulkStart: { request: BulkStartSchema },
  /** A batch's progress (the latest one without an id); null: none. */
  bulkStatus: { request: z.strictObject({ id: z.optional(BatchIdSchema) }) },
  /** Pause, resume (with the passwords a browser restart lost), cancel what has not started, or retry failed rows. */
  bulkControl: {
    request: z.strictObject({
      id: BatchIdSchema,
      action: z.enum(['pause', 'resume', 'cancel', 'retry-failed']),
      passwords: z.optional(recordOf(RowIdSchema, z.string().check(z.minLength(1), z.maxLength(256)))),
    }),
  },
};
const bulkResponses = { bulkStart: BulkViewSchema, bulkStatus: z.nullable(BulkViewSchema), bulkControl: BulkViewSchema };
/** Bulk send's messages with their answers, for its page (with messages.ts's `backgroundProtocol`). */
export const bulkProtocol = /* @__PURE__ */ withResponses(bulkRequests, () => bulkResponses);

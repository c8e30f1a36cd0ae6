// The one message protocol between popup, options page, content script and background.
// Every message is a zod schema, checked on receipt (requests) and on return (responses):
// TypeScript types are derived from the schemas, never written twice. The values the messages
// carry are in ./schemas, by subject; they are re-exported here, the protocol's one entry point.
import * as z from 'zod/mini';
import { AuthStateSchema, FileIdSchema, FileInfoSchema, SharedLinkSchema, SignRequestIdSchema } from './schemas/box';
import { SendOutcomeSchema, SendSignRequestSchema, SignRequestSummarySchema, SignTemplateSchema } from './schemas/sign-request';
import { textCheck } from './schemas/text';
import { SentListSchema, TrackedRequestSchema } from './schemas/tracking';
import { TEXT_RULES } from './sign-request/text-rules';
import { guardRequests, guardResponses } from './schemas/guard';
import { withResponses } from './routes';
import { requestsRequests, requestsResponses } from './schemas/requests';

export * from './schemas/box';
export * from './schemas/page-files';
export * from './schemas/sign-request';
export * from './schemas/tracking';
export * from './schemas/guard';
// Types only: Bulk send's schemas and messages are imported from schemas/bulk.ts itself, so that the
// popup and the other pages, which import this module, do not load them.
export type * from './schemas/bulk';
// The envelope and the content script's message, in a module of their own (see there).
export * from './wire';

type Route = { request: z.ZodMiniType; response: z.ZodMiniType };
export type Protocol = Record<string, Route>;
/** A protocol's requests alone: what the answering side checks. */
export type Requests = Record<string, Pick<Route, 'request'>>;

const empty = z.strictObject({});

/**
 * The requests the background answers, each with the schema its data is checked against on receipt.
 * Only the extension's own pages may send them. Apart from the answers' schemas (below): the worker
 * checks requests, never its own answers, and would otherwise carry every answer's schema. Bulk send's
 * messages are apart too (schemas/bulk.ts): only its page and the worker carry them.
 */
export const backgroundRequests = {
  getFile: {
    // `sharedLink`: the page's shared link, which Box needs (BoxApi header) for files shared only by link.
    request: z.object({ fileId: FileIdSchema, sharedLink: z.optional(SharedLinkSchema) }),
  },
  /** A bare shared/vanity link the page does not reveal the item of: Box resolves it (`GET /shared_items`). */
  resolveSharedLink: { request: z.object({ sharedLink: SharedLinkSchema }) },
  sendSignRequest: { request: SendSignRequestSchema },
  /** The user's Box Sign templates (`GET /sign_templates`, first 200). */
  listTemplates: { request: empty },
  getSignRequest: { request: z.object({ id: SignRequestIdSchema }) },
  getAuthState: { request: empty },
  connectOAuth: {
    request: z.object({
      clientId: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
      clientSecret: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    }),
  },
  connectDeveloperToken: { request: z.object({ token: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)) }) },
  disconnect: { request: empty },
  // Tracking: requests sent from this browser ("Sent" view). Only requests in that list can be acted on.
  listSent: { request: empty },
  /** Asks Box now for the latest status (of one request, or of the pending ones), at most every few seconds each. */
  refreshSent: { request: z.strictObject({ id: z.optional(SignRequestIdSchema) }) },
  /** Marks requests as shown by a popup, so "Last sent" stops offering them. */
  ackSent: { request: z.strictObject({ ids: z.array(SignRequestIdSchema).check(z.maxLength(100)) }) },
  cancelSignRequest: {
    request: z.strictObject({ id: SignRequestIdSchema, reason: z.optional(z.string().check(z.trim(), textCheck(TEXT_RULES.cancelReason))) }),
  },
  /** Refused within 10 minutes of the last send or resend, as Box does. */
  resendSignRequest: { request: z.strictObject({ id: SignRequestIdSchema }) },
  /** Sets `notifyOnFinish`; the page asks for the `notifications` permission itself (user gesture). */
  setNotifications: { request: z.strictObject({ enabled: z.boolean() }) },
  ...guardRequests,
  ...requestsRequests,
} satisfies Requests;

/** The background's messages, each request with the schema its answer is checked against on return (the pages' side). */
export const backgroundProtocol = /* @__PURE__ */ withResponses(backgroundRequests, () => ({
  getFile: FileInfoSchema,
  resolveSharedLink: FileInfoSchema,
  sendSignRequest: SendOutcomeSchema,
  listTemplates: z.object({ templates: z.array(SignTemplateSchema), more: z.boolean() }),
  getSignRequest: SignRequestSummarySchema,
  getAuthState: AuthStateSchema,
  connectOAuth: AuthStateSchema,
  connectDeveloperToken: AuthStateSchema,
  disconnect: AuthStateSchema,
  listSent: SentListSchema,
  refreshSent: SentListSchema,
  ackSent: SentListSchema,
  cancelSignRequest: TrackedRequestSchema,
  resendSignRequest: TrackedRequestSchema,
  setNotifications: SentListSchema,
  ...guardResponses,
  ...requestsResponses,
})) satisfies Protocol;

export type RequestOf<P extends Protocol, K extends keyof P> = z.input<P[K]['request']>;
export type ResponseOf<P extends Protocol, K extends keyof P> = z.output<P[K]['response']>;

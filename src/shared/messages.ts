// The one message protocol between popup, options page, content script and background.
// Every message is a zod schema, checked on receipt (requests) and on return (responses):
// TypeScript types are derived from the schemas, never written twice.
import * as z from 'zod/mini';
import { FILE_ID, FOLDER_ID, SIGN_ID } from './box-ids';
import {
  E164,
  MAX_COPIES,
  MAX_DAYS_VALID,
  MAX_EMAIL_MESSAGE,
  MAX_EMAIL_SUBJECT,
  MAX_FILES,
  MAX_ORDER,
  MAX_PASSWORD_LENGTH,
  MAX_REQUEST_NAME,
  MAX_SIGNERS,
  SIGNATURE_COLORS,
  SIGNER_ROLES,
} from './sign-request/limits';
import { requestIssues } from './sign-request/rules';

/** Box IDs are numeric strings that can exceed 2^53: they stay strings everywhere. */
export const FileIdSchema = z.string().check(z.regex(FILE_ID, 'not a Box file ID'));
export const E164Schema = z.string().check(z.regex(E164, 'not an E.164 phone number'));
export const EmailSchema = z.email();

/** How a signer proves who they are. One method per signer: Box forbids SMS with Box login. */
export const SignerVerificationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('sms'), phone: E164Schema }), // `verification_phone_number`
  z.object({ kind: z.literal('login') }), // `login_required`
]);
export type SignerVerification = z.infer<typeof SignerVerificationSchema>;

export const SignerSchema = z.object({
  email: EmailSchema,
  role: z.enum(SIGNER_ROLES),
  /** Signing order (lowest first, equal = at the same time); null for all signers: everyone at once. */
  order: z.nullable(z.int().check(z.minimum(0), z.maximum(MAX_ORDER))),
  verification: SignerVerificationSchema,
  // A password on top of any method [box-sign-docs.md, extra security]. Box takes any non-empty
  // string; the cap is ours. Never stored or logged by the extension.
  password: z.nullable(z.string().check(z.minLength(1), z.maxLength(MAX_PASSWORD_LENGTH))),
});
export type Signer = z.infer<typeof SignerSchema>;

/** A Box folder ID; '0' (the root) parses here and is refused by the request's rules with a message. */
export const FolderIdSchema = z.string().check(z.regex(FOLDER_ID, 'not a Box folder ID'));
export const SignTemplateIdSchema = z.string().check(z.regex(SIGN_ID, 'not a Box Sign template ID'));

/** Request options. null (or false) means "not sent": Box's default, or the template's. */
export const SignRequestOptionsSchema = z.object({
  prepare: z.boolean(), // `is_document_preparation_needed`: Box answers with a `prepare_url`
  parentFolderId: z.nullable(FolderIdSchema),
  emailSubject: z.nullable(z.string().check(z.minLength(1), z.maxLength(MAX_EMAIL_SUBJECT))),
  emailMessage: z.nullable(z.string().check(z.minLength(1), z.maxLength(MAX_EMAIL_MESSAGE))),
  daysValid: z.nullable(z.int().check(z.minimum(0), z.maximum(MAX_DAYS_VALID))),
  remindersEnabled: z.boolean(),
  signatureColor: z.nullable(z.enum(SIGNATURE_COLORS)),
  name: z.nullable(z.string().check(z.minLength(1), z.maxLength(MAX_REQUEST_NAME))),
  /** `is_phone_verification_required_to_view`: the SMS code before the document opens, not at signing. */
  requirePhoneToView: z.boolean(),
});
export type SignRequestOptions = z.infer<typeof SignRequestOptionsSchema>;

/** A request with no option set: Box's defaults everywhere. */
export const NO_REQUEST_OPTIONS: Readonly<SignRequestOptions> = Object.freeze({
  prepare: false,
  parentFolderId: null,
  emailSubject: null,
  emailMessage: null,
  daysValid: null,
  remindersEnabled: false,
  signatureColor: null,
  name: null,
  requirePhoneToView: false,
});

/** Everything `sendSignRequest` sends. The cross-field rules live in sign-request/rules.ts, shared with the popup. */
export const SendSignRequestSchema = z
  .object({
    fileIds: z.array(FileIdSchema).check(z.maxLength(MAX_FILES)),
    templateId: z.nullable(SignTemplateIdSchema),
    signers: z.array(SignerSchema).check(z.minLength(1), z.maxLength(MAX_SIGNERS)),
    options: SignRequestOptionsSchema,
  })
  .check(
    z.superRefine((request, ctx) => {
      for (const issue of requestIssues(request)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }),
  );
export type SendSignRequest = z.infer<typeof SendSignRequestSchema>;

/** A Box Sign template as the popup needs it; the sender's own row Box lists first is left out. */
export const SignTemplateSchema = z.object({
  id: SignTemplateIdSchema,
  name: z.nullable(z.string()),
  /** The recipients the request fills, in order: request `signers[i]` is template signer i. */
  signers: z.array(
    z.object({
      /** null: a placeholder the sender must fill. */
      email: z.nullable(z.string()),
      label: z.nullable(z.string()),
      role: z.enum(SIGNER_ROLES),
      order: z.nullable(z.number()),
      /** For a placeholder the sender must give the phone / password; otherwise the template's own is used. */
      phoneRequired: z.boolean(),
      passwordRequired: z.boolean(),
      loginRequired: z.boolean(),
    }),
  ),
  fileNames: z.array(z.string()),
  locks: z.object({ recipients: z.boolean(), options: z.boolean(), emailSettings: z.boolean(), files: z.boolean() }),
  /** `additional_info.non_editable`: request fields the template does not let a request set. */
  nonEditable: z.array(z.string()),
  emailSubject: z.nullable(z.string()),
  emailMessage: z.nullable(z.string()),
  daysValid: z.nullable(z.number()),
});
export type SignTemplate = z.infer<typeof SignTemplateSchema>;

export const FileInfoSchema = z.object({
  id: FileIdSchema,
  name: z.string(),
  extension: z.string(),
  size: z.nullable(z.number()),
  canDownload: z.boolean(),
});
export type FileInfo = z.infer<typeof FileInfoSchema>;

/** What the popup shows about a sign request; the full Box object stays in the background. */
export const SignRequestSummarySchema = z.object({
  id: z.string(),
  status: z.string(), // Box adds statuses over time: unknown values are shown, never rejected.
  prepareUrl: z.nullable(z.string()),
  openUrl: z.nullable(z.string()),
  /** The recipients the user chose, without the sender Box adds. */
  signerEmails: z.array(z.string()),
  /** Every row Box lists, in Box's order; `isSender`: the copy Box adds for the sender. toSummary always fills it. */
  signers: z.optional(
    z.array(z.object({ email: z.nullable(z.string()), role: z.string(), order: z.nullable(z.number()), isSender: z.boolean() })),
  ),
});
export type SignRequestSummary = z.infer<typeof SignRequestSummarySchema>;

export const SendOutcomeSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('sent'),
    request: SignRequestSummarySchema,
    /** Extra requests Box made from a POST the browser re-sent over a cut connection; cancelled by the tracker. */
    copies: z.optional(z.array(SignRequestSummarySchema).check(z.maxLength(MAX_COPIES))),
  }),
  // The POST may or may not have reached Box and no matching request was found: say so, never re-POST.
  z.object({ outcome: z.literal('unknown'), externalId: z.string() }),
]);
export type SendOutcome = z.infer<typeof SendOutcomeSchema>;

export const UserSchema = z.object({ id: z.string(), name: z.string(), login: z.string() });
export type BoxUser = z.infer<typeof UserSchema>;

export const AuthStateSchema = z.discriminatedUnion('connected', [
  z.object({ connected: z.literal(false) }),
  z.object({
    connected: z.literal(true),
    method: z.enum(['oauth', 'developer_token']),
    user: z.nullable(UserSchema),
    /** Epoch ms; developer tokens cannot be refreshed, so the UI warns before this. */
    expiresAt: z.nullable(z.number()),
  }),
]);
export type AuthState = z.infer<typeof AuthStateSchema>;

const BoxItemIdSchema = z.string().check(z.regex(FOLDER_ID, 'not a Box item ID'));

export const PageFilesSchema = z.object({
  /** Files the page shows, the ones the user most likely means first: selected, previewed, listed. */
  files: z.array(
    z.object({
      id: FileIdSchema,
      name: z.nullable(z.string()),
      /** Why the file is reported (absent from older content scripts). */
      source: z.optional(z.enum(['selected', 'preview', 'listed'])),
    }),
  ),
  pageUrl: z.string(),
  /** The shared/vanity link the page is viewed through: Box needs it (BoxApi header) for files shared with the user. */
  sharedLink: z.optional(z.nullable(z.string())),
  /** A shared link whose item the page does not reveal: resolve it with `GET /2.0/shared_items`. */
  unresolved: z.optional(z.nullable(z.object({ sharedLink: z.string() }))),
  /** Items the user points at (the page's item or selected rows) that Box Sign cannot take, and why. */
  notSignable: z.optional(
    z.array(
      z.object({
        type: z.enum(['folder', 'note', 'web_link', 'hub']),
        id: BoxItemIdSchema,
        name: z.nullable(z.string()),
        reason: z.string(),
      }),
    ),
  ),
  /** The folder the page lists, when known (a natural destination for the signed copies). */
  folder: z.optional(z.nullable(z.object({ id: BoxItemIdSchema, name: z.nullable(z.string()) }))),
  /** Listed, unselected files left out of `files` to keep the message small. */
  omitted: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type PageFiles = z.infer<typeof PageFilesSchema>;

/** Errors cross contexts as data, in plain words, with Box's details kept for support. */
export const UserErrorSchema = z.object({
  message: z.string(),
  code: z.optional(z.string()),
  status: z.optional(z.number()),
  requestId: z.optional(z.string()),
});
export type UserError = z.infer<typeof UserErrorSchema>;

/** A Box shared or vanity link (`https://<host>/s/<token>` or `/v/<name>`); parsed again where used. */
export const SharedLinkSchema = z.url({ protocol: /^https$/ }).check(z.maxLength(2048));

/** Box Sign request IDs are UUID-like strings; nothing else reaches a Box path. */
export const SignRequestIdSchema = z.string().check(z.regex(SIGN_ID, 'not a Box sign request ID'));

/** A sign request sent from this browser, as the "Sent" view shows it (kept in storage.local, no secrets). */
export const TrackedRequestSchema = z.object({
  id: SignRequestIdSchema,
  /** Epoch ms (this browser's clock) when Box accepted the request. */
  createdAt: z.number(),
  files: z.array(z.object({ id: z.string(), name: z.nullable(z.string()) })),
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
  copyOf: z.optional(z.string()),
});
export type TrackedRequest = z.infer<typeof TrackedRequestSchema>;

export const SentListSchema = z.object({
  requests: z.array(TrackedRequestSchema),
  /** Sends the background is still waiting on Box for (a popup may have closed meanwhile). */
  sending: z.number().check(z.int(), z.nonnegative()),
  /** `enabled`: the `notifyOnFinish` setting (locked when the organisation sets it); `permitted`: the browser's permission. */
  notifications: z.object({ enabled: z.boolean(), permitted: z.boolean(), locked: z.boolean() }),
});
export type SentList = z.infer<typeof SentListSchema>;

type Route = { request: z.ZodMiniType; response: z.ZodMiniType };
export type Protocol = Record<string, Route>;

const empty = z.strictObject({});

/** Messages the background answers. Only the extension's own pages may send them. */
export const backgroundProtocol = {
  getFile: {
    // `sharedLink`: the page's shared link, which Box needs (BoxApi header) for files shared only by link.
    request: z.object({ fileId: FileIdSchema, sharedLink: z.optional(SharedLinkSchema) }),
    response: FileInfoSchema,
  },
  /** A bare shared/vanity link the page does not reveal the item of: Box resolves it (`GET /shared_items`). */
  resolveSharedLink: { request: z.object({ sharedLink: SharedLinkSchema }), response: FileInfoSchema },
  sendSignRequest: {
    request: SendSignRequestSchema,
    response: SendOutcomeSchema,
  },
  /** The user's Box Sign templates (`GET /sign_templates`, first 200). */
  listTemplates: { request: empty, response: z.object({ templates: z.array(SignTemplateSchema), more: z.boolean() }) },
  getSignRequest: { request: z.object({ id: z.string().check(z.minLength(1), z.maxLength(100)) }), response: SignRequestSummarySchema },
  getAuthState: { request: empty, response: AuthStateSchema },
  connectOAuth: {
    request: z.object({
      clientId: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
      clientSecret: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    }),
    response: AuthStateSchema,
  },
  connectDeveloperToken: { request: z.object({ token: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)) }), response: AuthStateSchema },
  disconnect: { request: empty, response: AuthStateSchema },
  // Tracking: requests sent from this browser ("Sent" view). Only requests in that list can be acted on.
  listSent: { request: empty, response: SentListSchema },
  /** Asks Box now for the latest status (of one request, or of the pending ones), at most every few seconds each. */
  refreshSent: { request: z.strictObject({ id: z.optional(SignRequestIdSchema) }), response: SentListSchema },
  /** Marks requests as shown by a popup, so "Last sent" stops offering them. */
  ackSent: { request: z.strictObject({ ids: z.array(SignRequestIdSchema).check(z.maxLength(100)) }), response: SentListSchema },
  cancelSignRequest: {
    request: z.strictObject({ id: SignRequestIdSchema, reason: z.optional(z.string().check(z.trim(), z.maxLength(1000))) }),
    response: TrackedRequestSchema,
  },
  /** Refused within 10 minutes of the last send or resend, as Box does. */
  resendSignRequest: { request: z.strictObject({ id: SignRequestIdSchema }), response: TrackedRequestSchema },
  /** Sets `notifyOnFinish`; the page asks for the `notifications` permission itself (user gesture). */
  setNotifications: { request: z.strictObject({ enabled: z.boolean() }), response: SentListSchema },
} satisfies Protocol;

/** Messages a content script answers. Only the extension may send them. */
export const contentProtocol = {
  getPageFiles: { request: empty, response: PageFilesSchema },
} satisfies Protocol;

export type RequestOf<P extends Protocol, K extends keyof P> = z.input<P[K]['request']>;
export type ResponseOf<P extends Protocol, K extends keyof P> = z.output<P[K]['response']>;

/** The wire format: `{type, data}` out, an envelope back. */
export const MessageSchema = z.object({ type: z.string(), data: z.unknown() });
export const EnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: UserErrorSchema }),
]);
export type Envelope = z.infer<typeof EnvelopeSchema>;

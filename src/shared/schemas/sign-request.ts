// A sign request as the popup sends it (`sendSignRequest`) and as the background answers it, and the
// Box Sign templates the popup chooses from. The rules spanning fields are in ../sign-request/rules.ts.
import * as z from 'zod/mini';
import {
  E164,
  MAX_COPIES,
  MAX_DAYS_VALID,
  MAX_FILES,
  MAX_ORDER,
  MAX_PASSWORD_LENGTH,
  MAX_SIGNERS,
  SIGNATURE_COLORS,
  SIGNER_ROLES,
} from '../sign-request/limits';
import { requestIssues } from '../sign-request/rules';
import { TEXT_RULES } from '../sign-request/text-rules';
import { FileIdSchema, FolderIdSchema, SignRequestIdSchema, SignTemplateIdSchema } from './box';
import { typedText } from './text';
import { whole } from './whole';

export const E164Schema = z.string().check(z.regex(E164, 'not an E.164 phone number'));
/**
 * An email address as `z.email()` checks one (zod's own pattern), written as a regex check: the same
 * addresses pass, and the service worker carries no email or string-format kind for it.
 */
export const EmailSchema = z.string().check(z.regex(z.regexes.email), z.maxLength(TEXT_RULES.email.max, TEXT_RULES.email.tooLong));

/**
 * How a signer proves who they are. One method per signer: Box forbids SMS with Box login. A plain
 * union of one-value enums, not a discriminated union of literals: the service worker then carries
 * neither of those two zod kinds. A wrong `kind` fails every option; a wrong phone fails only the
 * SMS one, so its issue keeps its path (`verification.phone`).
 */
const SignerVerificationSchema = z.union([
  z.object({ kind: z.enum(['none']) }),
  z.object({ kind: z.enum(['sms']), phone: E164Schema }), // `verification_phone_number`
  z.object({ kind: z.enum(['login']) }), // `login_required`
]);

export const SignerSchema = z.object({
  email: EmailSchema,
  role: z.enum(SIGNER_ROLES),
  /** Signing order (lowest first, equal = at the same time); null for all signers: everyone at once. */
  order: z.nullable(whole().check(z.minimum(0), z.maximum(MAX_ORDER))),
  verification: SignerVerificationSchema,
  // A password on top of any method [box-sign-docs.md, extra security]. Box takes any non-empty
  // string; the cap is ours. Never stored or logged by the extension.
  password: z.nullable(z.string().check(z.minLength(1), z.maxLength(MAX_PASSWORD_LENGTH))),
});
export type Signer = z.infer<typeof SignerSchema>;

/** Request options. null (or false) means "not sent": Box's default, or the template's. */
export const SignRequestOptionsSchema = z.object({
  prepare: z.boolean(), // `is_document_preparation_needed`: Box answers with a `prepare_url`
  parentFolderId: z.nullable(FolderIdSchema),
  emailSubject: z.nullable(typedText(TEXT_RULES.emailSubject)),
  emailMessage: z.nullable(typedText(TEXT_RULES.emailMessage)),
  daysValid: z.nullable(whole().check(z.minimum(0), z.maximum(MAX_DAYS_VALID))),
  remindersEnabled: z.boolean(),
  signatureColor: z.nullable(z.enum(SIGNATURE_COLORS)),
  name: z.nullable(typedText(TEXT_RULES.name)),
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

/**
 * Values for a template's placeholders (Box's prefill tags): the tag's `document_tag_id` and one value of
 * its kind; a date is `YYYY-MM-DD` [sign-requests.md, SignRequestPrefillTag]. Bulk send fills them per row.
 */
export const PREFILL_KINDS = ['text', 'date', 'checkbox'] as const;
export const PrefillSchema = z
  .array(
    z.union([
      z.object({ tagId: z.string().check(z.minLength(1), z.maxLength(255)), kind: z.enum(['text']), value: z.string().check(z.maxLength(4000)) }),
      z.object({ tagId: z.string().check(z.minLength(1), z.maxLength(255)), kind: z.enum(['date']), value: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) }),
      z.object({ tagId: z.string().check(z.minLength(1), z.maxLength(255)), kind: z.enum(['checkbox']), value: z.boolean() }),
    ]),
  )
  .check(z.maxLength(200));
export type Prefill = z.infer<typeof PrefillSchema>;

/** Everything `sendSignRequest` sends. The cross-field rules live in sign-request/rules.ts, shared with the popup. */
export const SendSignRequestSchema = z
  .object({
    fileIds: z.array(FileIdSchema).check(z.maxLength(MAX_FILES)),
    templateId: z.nullable(SignTemplateIdSchema),
    signers: z.array(SignerSchema).check(z.minLength(1), z.maxLength(MAX_SIGNERS)),
    options: SignRequestOptionsSchema,
    /** A template's placeholders filled in (Bulk send's placeholder columns); absent: none. */
    prefill: z.optional(PrefillSchema),
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
  /** Its fields with a document tag id that a request can prefill; absent from older answers. */
  placeholders: z.optional(z.array(z.object({ tagId: z.string(), label: z.nullable(z.string()), kind: z.enum(PREFILL_KINDS) }))),
});
export type SignTemplate = z.infer<typeof SignTemplateSchema>;

/** What the popup shows about a sign request; the full Box object stays in the background. */
export const SignRequestSummarySchema = z.object({
  id: SignRequestIdSchema,
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

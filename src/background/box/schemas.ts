// Box payloads and responses as zod schemas [sign-requests.md §2, §3, §1.7, §1.8].
// What we send is strict (a typo'd field fails here, not silently at Box); what Box sends
// back is lenient (Box adds fields and statuses over time, and those must not break us).
import * as z from 'zod/mini';
import { FOLDER_ID, ROOT_FOLDER_ID } from '../../shared/box-ids';
import { E164Schema, FileIdSchema } from '../../shared/messages';
import { MAX_DAYS_VALID, MAX_FILES, MAX_SIGNERS, SIGNATURE_COLORS, SIGNER_ROLES } from '../../shared/sign-request/limits';
import { whole } from '../../shared/schemas/whole';
import { BoxApiError, type Resource } from './box-error';

const FileRefSchema = z.strictObject({ id: FileIdSchema, type: z.enum(['file']) });

// Box refuses folder 0 (root) as the place for the signed copy and signing log.
const FolderRefSchema = z.strictObject({
  id: z.string().check(
    z.regex(FOLDER_ID),
    z.refine((id) => id !== ROOT_FOLDER_ID, 'the root folder (0) cannot be used'),
  ),
  type: z.enum(['folder']),
});

const nullableText = z.nullish(z.string().check(z.minLength(1)));

const SignRequestCreateSignerSchema = z
  .strictObject({
    email: z.string().check(z.regex(z.regexes.email)), // z.email()'s pattern, as EmailSchema checks it
    role: z.optional(z.enum(SIGNER_ROLES)),
    order: z.optional(whole().check(z.minimum(0))),
    is_in_person: z.optional(z.boolean()),
    login_required: z.nullish(z.boolean()),
    verification_phone_number: z.nullish(E164Schema),
    password: z.nullish(z.string().check(z.minLength(1))),
    redirect_url: nullableText,
    declined_redirect_url: nullableText,
    language: nullableText,
  })
  // "Cannot be selected in combination with login_required" (spec, verification_phone_number).
  .check(
    z.refine((s) => !(s.login_required && s.verification_phone_number), {
      message: 'a signer cannot have both login_required and verification_phone_number',
      path: ['login_required'],
    }),
  );

export const SignRequestCreateSchema = z
  .strictObject({
    signers: z.array(SignRequestCreateSignerSchema).check(z.minLength(1), z.maxLength(MAX_SIGNERS)),
    source_files: z.optional(z.array(FileRefSchema).check(z.maxLength(MAX_FILES))),
    template_id: nullableText,
    parent_folder: z.optional(FolderRefSchema),
    // Not in the spec since Dec 2024, documented again in 2026 [sign-requests.md §7.1].
    is_phone_verification_required_to_view: z.optional(z.boolean()),
    is_document_preparation_needed: z.optional(z.boolean()),
    are_reminders_enabled: z.optional(z.boolean()),
    are_text_signatures_enabled: z.optional(z.boolean()),
    external_id: z.nullish(z.string().check(z.minLength(1), z.maxLength(255))),
    name: z.optional(z.string().check(z.minLength(1))),
    email_subject: nullableText,
    email_message: nullableText,
    days_valid: z.nullish(whole().check(z.minimum(0), z.maximum(MAX_DAYS_VALID))),
    signature_color: z.nullish(z.enum(SIGNATURE_COLORS)),
    redirect_url: nullableText,
    declined_redirect_url: nullableText,
    // "Only one value field can be included" per tag [sign-requests.md, SignRequestPrefillTag].
    prefill_tags: z.optional(
      z.array(
        z.union([
          z.strictObject({ document_tag_id: z.string().check(z.minLength(1)), text_value: z.string() }),
          z.strictObject({ document_tag_id: z.string().check(z.minLength(1)), date_value: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) }),
          z.strictObject({ document_tag_id: z.string().check(z.minLength(1)), checkbox_value: z.boolean() }),
        ]),
      ),
    ),
  })
  .check(
    z.refine((r) => (r.source_files?.length ?? 0) > 0 || !!r.template_id, {
      message: 'give at least one source file (or a template)',
      path: ['source_files'],
    }),
    // "A verification_phone_number must be specified for a signer for this setting to apply."
    z.refine((r) => !r.is_phone_verification_required_to_view || r.signers.some((s) => s.verification_phone_number), {
      message: 'is_phone_verification_required_to_view needs a signer with a verification_phone_number',
      path: ['is_phone_verification_required_to_view'],
    }),
  );
export type SignRequestCreate = z.infer<typeof SignRequestCreateSchema>;

// Rewritten by `overwrite` checks, not pipes and transforms: two schema kinds fewer in the worker.
const SignerSchema = z
  .looseObject({
    email: z.nullish(z.string()),
    role: z.nullish(z.string()),
    order: z.nullish(z.number()),
  })
  // `password` is write-only at Box; if anything ever echoed it back, it stops here.
  .check(z.overwrite(({ password: _password, ...rest }) => rest));

export const SignRequestSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  type: z.optional(z.string()),
  status: z.optional(z.string()), // An open string: Box adds statuses (docs list more than the spec).
  external_id: z.nullish(z.string()),
  /** ISO 8601; when Box made the request (a copy's is checked before it is cancelled). Another type reads as absent. */
  created_at: z.catch(z.nullish(z.string()), null),
  prepare_url: z.nullish(z.string()),
  sender_email: z.nullish(z.string()),
  signers: z.optional(z.array(SignerSchema)),
  parent_folder: z.nullish(z.looseObject({ id: z.string() })),
  source_files: z.optional(z.array(z.looseObject({ id: z.string() }))),
});
export type SignRequest = z.infer<typeof SignRequestSchema>;

/** Box's `next_marker`: a string, or a number read as one. */
const MarkerSchema = z.nullish(z.union([z.string(), z.number().check(z.overwrite((n) => String(n) as never))]) as z.ZodMiniType<string>);

export const SignRequestsSchema = z.looseObject({
  entries: z.array(SignRequestSchema),
  next_marker: MarkerSchema,
  limit: z.optional(z.number()),
});
export type SignRequests = z.infer<typeof SignRequestsSchema>;

// Templates are read-only through the API [sign-requests.md §1.6, §4]. Lenient, like every response.
const TemplateSignerSchema = z.looseObject({
  email: z.nullish(z.string()), // "" or null: a placeholder the request fills
  label: z.nullish(z.string()),
  role: z.nullish(z.string()),
  order: z.nullish(z.number()),
  is_password_required: z.nullish(z.boolean()),
  is_phone_number_required: z.nullish(z.boolean()),
  login_required: z.nullish(z.boolean()),
  // The fields placed on the template (TemplateSignerInput); those with a document tag id can be prefilled.
  inputs: z.nullish(z.array(z.looseObject({ document_tag_id: z.nullish(z.string()), type: z.nullish(z.string()), label: z.nullish(z.string()) }))),
});

export const SignTemplateSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  name: z.nullish(z.string()),
  email_subject: z.nullish(z.string()),
  email_message: z.nullish(z.string()),
  days_valid: z.nullish(z.number()),
  source_files: z.nullish(z.array(z.looseObject({ id: z.string(), name: z.nullish(z.string()) }))),
  are_options_locked: z.nullish(z.boolean()),
  are_recipients_locked: z.nullish(z.boolean()),
  are_email_settings_locked: z.nullish(z.boolean()),
  are_files_locked: z.nullish(z.boolean()),
  signers: z.nullish(z.array(TemplateSignerSchema)),
  additional_info: z.nullish(z.looseObject({ non_editable: z.nullish(z.array(z.string())) })),
});
export type BoxSignTemplate = z.infer<typeof SignTemplateSchema>;

export const SignTemplatesSchema = z.looseObject({
  entries: z.array(SignTemplateSchema),
  next_marker: MarkerSchema,
  limit: z.optional(z.number()),
});
export type BoxSignTemplates = z.infer<typeof SignTemplatesSchema>;

export const BoxFileSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  extension: z.optional(z.string()), // "By default, this is set to an empty string." (client.ts)
  size: z.nullish(z.number()),
  // We ask for `permissions`; Box Sign needs can_download on every source file.
  permissions: z.looseObject({ can_download: z.boolean() }),
  // `fields=classification`: the label's `name`, or null for an unclassified file (File--Full, nullable).
  classification: z.nullish(z.looseObject({ name: z.nullish(z.string()) })),
});
export type BoxFile = z.infer<typeof BoxFileSchema>;

/** `GET /folders/{id}?fields=path_collection`: the folders above it, the root first. */
export const BoxFolderPathSchema = z.looseObject({
  id: z.string(),
  path_collection: z.looseObject({ entries: z.array(z.looseObject({ id: z.string() })) }),
});

export const BoxUserSchema = z.looseObject({ id: z.string(), name: z.string(), login: z.string() });

/** Parses a Box response body; anything unexpected is a BoxApiError `malformed_response`. */
export function parseResponse<S extends z.ZodMiniType>(
  schema: S,
  raw: { status: number; text: string; headers: Headers },
  resource: Resource,
): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(raw.text);
  } catch {
    json = undefined;
  }
  const result = schema.safeParse(json, { error: namedByCode });
  if (result.success) return result.data;
  throw new BoxApiError({
    status: raw.status,
    code: 'malformed_response',
    message: `Box sent a ${resource} response in an unexpected shape (${describeIssues(result.error)})`,
    requestId: raw.headers.get('box-request-id') ?? undefined,
    resource,
  });
}

/** Payloads `checkSignRequestCreate` has passed (its own output objects): not checked a second time. */
const checked = new WeakSet<SignRequestCreate>();

/**
 * Asserts that a create payload is what Box takes, once per payload; issues name fields, never their
 * values. The request the payload is built from was checked on receipt (the protocol schema), so this
 * checks our own translation of it: strict, so a field the builder misnames fails here rather than being
 * ignored by Box, and with Box's own rules (login with SMS, the root folder, 35 signers) that the types
 * cannot state. The builder calls it; the client calls it again before posting, which costs nothing
 * for the builder's output and still stops any payload that did not come from it.
 */
export function checkSignRequestCreate(payload: unknown): SignRequestCreate {
  if (checked.has(payload as SignRequestCreate)) return payload as SignRequestCreate;
  const result = SignRequestCreateSchema.safeParse(payload, { error: namedByCode });
  if (result.success) {
    checked.add(result.data);
    return result.data;
  }
  throw new BoxApiError({ status: 0, code: 'invalid_request', message: describeIssues(result.error), resource: 'sign_request' });
}

/**
 * zod/mini loads no message catalogue, so an issue without a message of ours is named here by its
 * code (and, for a wrong type, the type expected): never by the value, which may be a secret.
 */
function namedByCode(issue: z.core.$ZodRawIssue): string {
  return issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.code;
}

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

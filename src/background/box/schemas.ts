// Box payloads and responses as zod schemas [sign-requests.md §2, §3, §1.7, §1.8].
// What we send is strict (a typo'd field fails here, not silently at Box); what Box sends
// back is lenient (Box adds fields and statuses over time, and those must not break us).
import { z } from 'zod';
import { E164Schema, FileIdSchema } from '../../shared/messages';
import { BoxApiError, type Resource } from './box-error';

const FileRefSchema = z.strictObject({ id: FileIdSchema, type: z.literal('file') });

// Box refuses folder 0 (root) as the place for the signed copy and signing log.
const FolderRefSchema = z.strictObject({
  id: z.string().regex(/^\d+$/).refine((id) => id !== '0', 'the root folder (0) cannot be used'),
  type: z.literal('folder'),
});

const nullableText = z.string().min(1).nullish();

export const SignRequestCreateSignerSchema = z
  .strictObject({
    email: z.email(),
    role: z.enum(['signer', 'approver', 'final_copy_reader']).optional(),
    order: z.int().min(0).optional(),
    is_in_person: z.boolean().optional(),
    login_required: z.boolean().nullish(),
    verification_phone_number: E164Schema.nullish(),
    password: z.string().min(1).nullish(),
    redirect_url: nullableText,
    declined_redirect_url: nullableText,
    language: nullableText,
  })
  // "Cannot be selected in combination with login_required" (spec, verification_phone_number).
  .refine((s) => !(s.login_required && s.verification_phone_number), {
    message: 'a signer cannot have both login_required and verification_phone_number',
    path: ['login_required'],
  });

export const SignRequestCreateSchema = z
  .strictObject({
    signers: z.array(SignRequestCreateSignerSchema).min(1).max(35),
    source_files: z.array(FileRefSchema).max(10).optional(),
    template_id: nullableText,
    parent_folder: FolderRefSchema.optional(),
    // Not in the spec since Dec 2024, documented again in 2026 [sign-requests.md §7.1].
    is_phone_verification_required_to_view: z.boolean().optional(),
    is_document_preparation_needed: z.boolean().optional(),
    are_reminders_enabled: z.boolean().optional(),
    are_text_signatures_enabled: z.boolean().optional(),
    external_id: z.string().min(1).max(255).nullish(),
    name: z.string().min(1).optional(),
    email_subject: nullableText,
    email_message: nullableText,
    days_valid: z.int().min(0).max(730).nullish(),
    signature_color: z.enum(['blue', 'black', 'red']).nullish(),
    redirect_url: nullableText,
    declined_redirect_url: nullableText,
  })
  .refine((r) => (r.source_files?.length ?? 0) > 0 || !!r.template_id, {
    message: 'give at least one source file (or a template)',
    path: ['source_files'],
  })
  // "A verification_phone_number must be specified for a signer for this setting to apply."
  .refine((r) => !r.is_phone_verification_required_to_view || r.signers.some((s) => s.verification_phone_number), {
    message: 'is_phone_verification_required_to_view needs a signer with a verification_phone_number',
    path: ['is_phone_verification_required_to_view'],
  });
export type SignRequestCreate = z.infer<typeof SignRequestCreateSchema>;

const SignerSchema = z
  .looseObject({
    email: z.string().nullish(),
    role: z.string().nullish(),
    order: z.number().nullish(),
  })
  // `password` is write-only at Box; if anything ever echoed it back, it stops here.
  .transform(({ password: _password, ...rest }) => rest);

export const SignRequestSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string().optional(),
  status: z.string().optional(), // An open string: Box adds statuses (docs list more than the spec).
  external_id: z.string().nullish(),
  prepare_url: z.string().nullish(),
  sender_email: z.string().nullish(),
  signers: z.array(SignerSchema).optional(),
  parent_folder: z.looseObject({ id: z.string() }).nullish(),
  source_files: z.array(z.looseObject({ id: z.string() })).optional(),
});
export type SignRequest = z.infer<typeof SignRequestSchema>;

export const SignRequestsSchema = z.looseObject({
  entries: z.array(SignRequestSchema),
  next_marker: z.union([z.string(), z.number().transform(String)]).nullish(),
  limit: z.number().optional(),
});
export type SignRequests = z.infer<typeof SignRequestsSchema>;

// Templates are read-only through the API [sign-requests.md §1.6, §4]. Lenient, like every response.
const TemplateSignerSchema = z.looseObject({
  email: z.string().nullish(), // "" or null: a placeholder the request fills
  label: z.string().nullish(),
  role: z.string().nullish(),
  order: z.number().nullish(),
  is_password_required: z.boolean().nullish(),
  is_phone_number_required: z.boolean().nullish(),
  login_required: z.boolean().nullish(),
});

export const SignTemplateSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().nullish(),
  email_subject: z.string().nullish(),
  email_message: z.string().nullish(),
  days_valid: z.number().nullish(),
  source_files: z.array(z.looseObject({ id: z.string(), name: z.string().nullish() })).nullish(),
  are_options_locked: z.boolean().nullish(),
  are_recipients_locked: z.boolean().nullish(),
  are_email_settings_locked: z.boolean().nullish(),
  are_files_locked: z.boolean().nullish(),
  signers: z.array(TemplateSignerSchema).nullish(),
  additional_info: z.looseObject({ non_editable: z.array(z.string()).nullish() }).nullish(),
});
export type BoxSignTemplate = z.infer<typeof SignTemplateSchema>;

export const SignTemplatesSchema = z.looseObject({
  entries: z.array(SignTemplateSchema),
  next_marker: z.union([z.string(), z.number().transform(String)]).nullish(),
  limit: z.number().optional(),
});
export type BoxSignTemplates = z.infer<typeof SignTemplatesSchema>;

export const BoxFileSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  extension: z.string().default(''), // "By default, this is set to an empty string."
  size: z.number().nullish(),
  // We ask for `permissions`; Box Sign needs can_download on every source file.
  permissions: z.looseObject({ can_download: z.boolean() }),
});
export type BoxFile = z.infer<typeof BoxFileSchema>;

export const BoxUserSchema = z.looseObject({ id: z.string(), name: z.string(), login: z.string() });

/** Parses a Box response body; anything unexpected is a BoxApiError `malformed_response`. */
export function parseResponse<S extends z.ZodType>(
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
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw new BoxApiError({
    status: raw.status,
    code: 'malformed_response',
    message: `Box sent a ${resource} response in an unexpected shape (${describeIssues(result.error)})`,
    requestId: raw.headers.get('box-request-id') ?? undefined,
    resource,
  });
}

/** Validates a create payload before it leaves; issues name fields, never their values. */
export function checkSignRequestCreate(payload: unknown): SignRequestCreate {
  const result = SignRequestCreateSchema.safeParse(payload);
  if (result.success) return result.data;
  throw new BoxApiError({ status: 0, code: 'invalid_request', message: describeIssues(result.error), resource: 'sign_request' });
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

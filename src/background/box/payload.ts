// Turns what the user chose into a Box create payload, and a Box sign request into what
// the popup shows. Pure functions.
import { isFolderId, ROOT_FOLDER_ID } from '../../shared/box-ids';
import type { Prefill, SendSignRequest, Signer, SignRequestSummary } from '../../shared/messages';
import { checkSignRequestCreate, type SignRequest, type SignRequestCreate } from './schemas';

type PayloadInput = { request: SendSignRequest; externalId: string };

/**
 * The Box JSON for a request. Only what differs from Box's default is sent (false, null and
 * "not chosen" are left out), so with a template its own settings apply, and a plain request
 * stays as small as the docs' examples. The result is asserted against Box's create schema, once
 * (checkSignRequestCreate says why); the request itself was checked when the background received it.
 */
export function buildSignRequestPayload({ request, externalId }: PayloadInput): SignRequestCreate {
  const { options } = request;
  // A file listed twice would be signed twice in one document: send each once.
  const files = [...new Set(request.fileIds)].map((id) => ({ id, type: 'file' as const }));
  return checkSignRequestCreate({
    ...(files.length > 0 ? { source_files: files } : {}),
    ...(request.templateId !== null ? { template_id: request.templateId } : {}),
    signers: request.signers.map(toBoxSigner),
    // No parent_folder: Box uses the first file's folder (or "My Sign Requests"), or the template's [spec].
    ...(options.parentFolderId !== null ? { parent_folder: { id: options.parentFolderId, type: 'folder' as const } } : {}),
    ...(options.prepare ? { is_document_preparation_needed: true } : {}),
    // Without the flag Box asks for the SMS code at the signing step; with it, before viewing
    // [sign-requests.md §7.1]. The flag left the spec in Dec 2024, so it is sent only when asked for.
    ...(options.requirePhoneToView ? { is_phone_verification_required_to_view: true } : {}),
    ...(options.name !== null ? { name: options.name } : {}),
    ...(options.emailSubject !== null ? { email_subject: options.emailSubject } : {}),
    ...(options.emailMessage !== null ? { email_message: options.emailMessage } : {}),
    ...(options.daysValid !== null ? { days_valid: options.daysValid } : {}),
    ...(options.remindersEnabled ? { are_reminders_enabled: true } : {}),
    ...(options.signatureColor !== null ? { signature_color: options.signatureColor } : {}),
    ...(request.prefill?.length ? { prefill_tags: request.prefill.map(toPrefillTag) } : {}),
    external_id: externalId,
  });
}

/**
 * One signer, with the documented per-signer fields: `verification_phone_number` and
 * `login_required` rather than the newer `verification_method` (docs/box-api.md, "Box Sign fields we send").
 */
function toBoxSigner(signer: Signer): SignRequestCreate['signers'][number] {
  const { verification } = signer;
  return {
    email: signer.email,
    role: signer.role,
    ...(signer.order !== null ? { order: signer.order } : {}),
    ...(verification.kind === 'sms' ? { verification_phone_number: verification.phone } : {}),
    ...(verification.kind === 'login' ? { login_required: true } : {}),
    ...(signer.password !== null ? { password: signer.password } : {}),
  };
}

export function toSummary(request: SignRequest, senderEmail?: string): SignRequestSummary {
  return {
    id: request.id,
    status: request.status ?? 'unknown',
    prepareUrl: request.prepare_url ?? null,
    openUrl: openUrlOf(request),
    signerEmails: recipientsOf(request, senderEmail),
    signers: rowsOf(request, senderEmail),
  };
}

/** Where the user can follow the request: preparation if pending, else the folder the signed copy and log land in. */
function openUrlOf(request: SignRequest): string | null {
  if (request.prepare_url) return request.prepare_url;
  const folderId = request.parent_folder?.id;
  if (isFolderId(folderId) && folderId !== ROOT_FOLDER_ID) return `https://app.box.com/folder/${folderId}`;
  return null;
}

/**
 * Box adds the sender as a `final_copy_reader` (first, order 0) when they were given no role
 * [sign-requests.md §0]: that is not someone the user sent the document to.
 */
function senderIndex(request: SignRequest, senderEmail?: string): number {
  const sender = (senderEmail ?? request.sender_email ?? '').toLowerCase();
  const signers = request.signers ?? [];
  if (!sender) return signers[0]?.role === 'final_copy_reader' ? 0 : -1;
  return signers.findIndex((s) => s.role === 'final_copy_reader' && s.email?.toLowerCase() === sender);
}

function recipientsOf(request: SignRequest, senderEmail?: string): string[] {
  const sender = senderIndex(request, senderEmail);
  return (request.signers ?? []).filter((_, index) => index !== sender).flatMap((s) => (s.email ? [s.email] : []));
}

function rowsOf(request: SignRequest, senderEmail?: string): NonNullable<SignRequestSummary['signers']> {
  const sender = senderIndex(request, senderEmail);
  return (request.signers ?? []).map((s, index) => ({
    email: s.email ?? null,
    role: s.role ?? 'signer',
    order: s.order ?? null,
    isSender: index === sender,
  }));
}

/** One placeholder's value as Box's prefill tag: the value field of its kind, and only that one. */
function toPrefillTag(tag: Prefill[number]): NonNullable<SignRequestCreate['prefill_tags']>[number] {
  if (tag.kind === 'date') return { document_tag_id: tag.tagId, date_value: tag.value };
  if (tag.kind === 'checkbox') return { document_tag_id: tag.tagId, checkbox_value: tag.value };
  return { document_tag_id: tag.tagId, text_value: tag.value };
}

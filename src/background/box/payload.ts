// Turns what the user chose into a Box create payload, and a Box sign request into what
// the popup shows. Pure functions.
import type { SignRequestSummary, SignerInput } from '../../shared/messages';
import { checkSignRequestCreate, type SignRequest, type SignRequestCreate } from './schemas';

export type PayloadInput = { fileIds: readonly string[]; signer: SignerInput; externalId: string };

export function buildSignRequestPayload({ fileIds, signer, externalId }: PayloadInput): SignRequestCreate {
  const verification = signer.verification;
  const base = {
    // A file listed twice would be signed twice in one document: send each once.
    source_files: [...new Set(fileIds)].map((id) => ({ id, type: 'file' as const })),
    // No parent_folder: Box then uses the first file's folder (or "My Sign Requests") [spec].
    external_id: externalId,
  };
  if (verification.kind === 'password') {
    return checkSignRequestCreate({ ...base, signers: [{ email: signer.email, role: 'signer', password: verification.password }] });
  }
  const phoneSigner = { email: signer.email, role: 'signer', verification_phone_number: verification.phone };
  // Without the flag Box asks for the SMS code at the signing step; with it, before viewing
  // [sign-requests.md §7.1]. The flag left the spec in Dec 2024, so it is sent only when it
  // changes something: the default request then uses documented spec fields only.
  const toView = verification.requiredToView ? { is_phone_verification_required_to_view: true } : {};
  return checkSignRequestCreate({ ...base, ...toView, signers: [phoneSigner] });
}

export function toSummary(request: SignRequest, senderEmail?: string): SignRequestSummary {
  return {
    id: request.id,
    status: request.status ?? 'unknown',
    prepareUrl: request.prepare_url ?? null,
    openUrl: openUrlOf(request),
    signerEmails: recipientsOf(request, senderEmail),
  };
}

/** Where the user can follow the request: preparation if pending, else the folder the signed copy and log land in. */
function openUrlOf(request: SignRequest): string | null {
  if (request.prepare_url) return request.prepare_url;
  const folderId = request.parent_folder?.id;
  if (folderId && /^\d+$/.test(folderId) && folderId !== '0') return `https://app.box.com/folder/${folderId}`;
  return null;
}

/**
 * Box adds the sender as a `final_copy_reader` (first, order 0) when they were given no role
 * [sign-requests.md §0]: that is not someone the user sent the document to.
 */
function recipientsOf(request: SignRequest, senderEmail?: string): string[] {
  const sender = (senderEmail ?? request.sender_email ?? '').toLowerCase();
  const signers = request.signers ?? [];
  return signers
    .filter((s, index) => {
      if (s.role !== 'final_copy_reader') return true;
      return sender ? s.email?.toLowerCase() !== sender : index !== 0;
    })
    .flatMap((s) => (s.email ? [s.email] : []));
}

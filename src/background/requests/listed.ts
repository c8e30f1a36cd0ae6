// One entry of GET /sign_requests as the "All requests" list keeps it. Box's answer is parsed
// leniently (unknown statuses and fields pass; a malformed entry is dropped, never fatal) and cut
// down to what the page shows: no phone numbers, and Box never returns passwords.
import * as z from 'zod/mini';
import type { ListedFile, ListedRequest, ListedSigner, SignerState } from '../../shared/requests-cache';

const text = z.nullish(z.string());
const FileSchema = z.looseObject({ id: z.string(), name: text });

const SignerSchema = z.looseObject({
  email: text,
  role: text,
  order: z.nullish(z.number()),
  is_in_person: z.nullish(z.boolean()),
  login_required: z.nullish(z.boolean()),
  verification_phone_number: text,
  has_viewed_document: z.nullish(z.boolean()),
  signer_decision: z.nullish(z.looseObject({ type: text, finalized_at: text, additional_info: text })),
});

const EntrySchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  name: text,
  status: text,
  created_at: text,
  finished_at: text,
  auto_expire_at: text,
  prepare_url: text,
  sender_email: text,
  source_files: z.nullish(z.array(FileSchema)),
  sign_files: z.nullish(z.looseObject({ files: z.nullish(z.array(FileSchema)), is_ready_for_download: z.nullish(z.boolean()) })),
  signing_log: z.nullish(FileSchema),
  parent_folder: z.nullish(z.looseObject({ id: z.string() })),
  signers: z.nullish(z.array(SignerSchema)),
});

function time(value: string | null | undefined): number | null {
  const ms = value ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

const file = (f: z.infer<typeof FileSchema>): ListedFile => ({ id: f.id, name: f.name ?? f.id });

function signer(s: z.infer<typeof SignerSchema>): ListedSigner {
  const decision = s.signer_decision;
  const decided: SignerState | null = decision?.type === 'signed' || decision?.type === 'declined' ? decision.type : null;
  return {
    email: s.email ?? '',
    role: s.role ?? 'signer',
    order: s.order ?? 0,
    state: decided ?? (s.has_viewed_document ? 'viewed' : 'waiting'),
    reason: decided === 'declined' ? (decision?.additional_info ?? null) : null,
    decidedAt: decided ? time(decision?.finalized_at) : null,
    method: s.verification_phone_number ? 'sms' : s.login_required ? 'login' : 'email',
    inPerson: s.is_in_person === true,
  };
}

/**
 * When Box last emailed signers: the send (creation), or, with signers in order, the last decision that
 * passed the turn on. `known` (our own resend) wins when later.
 */
function lastSent(createdAt: number, signers: ListedSigner[], known: number): number {
  const decisions = signers.map((s) => s.decidedAt ?? 0);
  return Math.max(createdAt, known, ...decisions);
}

/** Box's entry as the list keeps it; null when it is not a sign request we can read. */
export function toListed(raw: unknown, knownSentAt = 0): ListedRequest | null {
  const parsed = EntrySchema.safeParse(raw);
  if (!parsed.success) return null;
  const e = parsed.data;
  const createdAt = time(e.created_at) ?? 0;
  const signers = (e.signers ?? []).map(signer);
  const files = (e.source_files ?? []).map(file);
  const signFiles = (e.sign_files?.files ?? []).map(file);
  return {
    id: e.id,
    name: e.name || signFiles[0]?.name || files[0]?.name || e.id,
    status: e.status ?? 'unknown',
    createdAt,
    finishedAt: time(e.finished_at),
    expiresAt: time(e.auto_expire_at),
    files,
    signFiles,
    signFilesReady: e.sign_files?.is_ready_for_download !== false,
    signingLog: e.signing_log ? file(e.signing_log) : null,
    parentFolderId: e.parent_folder?.id ?? null,
    prepareUrl: e.prepare_url ?? null,
    senderEmail: e.sender_email ?? null,
    signers,
    lastSentAt: lastSent(createdAt, signers, knownSentAt),
  };
}

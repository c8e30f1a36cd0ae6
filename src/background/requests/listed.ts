// One entry of GET /sign_requests as the "All requests" list keeps it. Box's answer is read leniently
// (unknown statuses and fields pass, a field of the wrong type reads as absent, an entry without an id is
// dropped, never fatal) and cut down to what the page shows: no phone numbers, and Box never returns
// passwords. Read by hand rather than with a zod schema: the client has checked the list's shape, and
// zod's fallback under the extension's CSP (no compiled parsers) made a 2,000-request walk seconds slower.
import type { ListedFile, ListedRequest, ListedSigner, SignerState } from '../../shared/requests-cache';
import { batchOfExternalId } from '../bulk/external-id';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function time(value: unknown): number | null {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

function files(v: unknown): ListedFile[] {
  return list(v).flatMap((f) => {
    const id = str(rec(f)?.['id']);
    return id ? [{ id, name: str(rec(f)?.['name']) ?? id }] : [];
  });
}

function signer(raw: unknown): ListedSigner {
  const s = rec(raw) ?? {};
  const decision = rec(s['signer_decision']);
  const type = decision?.['type'];
  const decided: SignerState | null = type === 'signed' || type === 'declined' ? type : null;
  return {
    email: str(s['email']) ?? '',
    role: str(s['role']) ?? 'signer',
    order: typeof s['order'] === 'number' ? s['order'] : 0,
    state: decided ?? (s['has_viewed_document'] === true ? 'viewed' : 'waiting'),
    reason: decided === 'declined' ? str(decision?.['additional_info']) : null,
    decidedAt: decided ? time(decision?.['finalized_at']) : null,
    method: str(s['verification_phone_number']) ? 'sms' : s['login_required'] === true ? 'login' : 'email',
    inPerson: s['is_in_person'] === true,
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
  const e = rec(raw);
  const id = str(e?.['id']);
  if (!e || !id) return null;
  const createdAt = time(e['created_at']) ?? 0;
  const signers = list(e['signers']).map(signer);
  const source = files(e['source_files']);
  const signFiles = rec(e['sign_files']);
  const signed = files(signFiles?.['files']);
  const log = files([e['signing_log']])[0] ?? null;
  return {
    id,
    name: str(e['name']) || signed[0]?.name || source[0]?.name || id,
    status: str(e['status']) ?? 'unknown',
    createdAt,
    finishedAt: time(e['finished_at']),
    expiresAt: time(e['auto_expire_at']),
    files: source,
    signFiles: signed,
    signFilesReady: signFiles?.['is_ready_for_download'] !== false,
    signingLog: log,
    parentFolderId: str(rec(e['parent_folder'])?.['id']),
    prepareUrl: str(e['prepare_url']),
    senderEmail: str(e['sender_email']),
    signers,
    lastSentAt: lastSent(createdAt, signers, knownSentAt),
    batch: batchOfExternalId(e['external_id']),
  };
}

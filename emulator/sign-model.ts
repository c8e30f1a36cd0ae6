import { isoMillis } from './clock.ts';
import type { ContentStore, StoredFile, StoredFolder } from './content.ts';
import { hexToken, uuid } from './ids.ts';
import { isRecord } from './is-record.ts';
import { prefillOut } from './sign-prefill.ts';

/** Conversion to PDF takes a moment; then the request is sent (or waits for preparation). */
export const CONVERT_MS = 2_000;
/** docs resend-sign-request.md: "only once every 10 minutes". */
export const RESEND_COOLDOWN_MS = 10 * 60 * 1000;
/** `finalizing`: "all signed but final doc/log not generated yet" (docs); how long it takes is not documented. */
export const FINALIZE_MS = 2_000;

/**
 * File types Box Sign converts to PDF (docs "Supported file types": documents, spreadsheets, presentations,
 * images, text). Others (an archive, a video) end in `error_converting` [inference: the exact list is Box's].
 */
const UNCONVERTIBLE = /\.(zip|rar|7z|tar|gz|exe|dmg|mp3|mp4|mov|avi|wav)$/i;
export function isConvertible(name: string): boolean {
  return !UNCONVERTIBLE.test(name);
}

export type SignStatus = 'converting' | 'created' | 'sent' | 'viewed' | 'signed' | 'cancelled' | 'declined'
  | 'error' | 'error_converting' | 'error_sending' | 'expired' | 'finalizing' | 'error_finalizing';

export interface StoredSigner {
  email: string;
  role: string;
  is_in_person: boolean;
  order: number;
  verification_phone_number: string | null;
  embed_url_external_user_id: string | null;
  redirect_url: string | null;
  declined_redirect_url: string | null;
  login_required: boolean;
  signer_group_id: string | null;
  suppress_notifications: boolean;
  language: string | null;
  /** Write-only (spec `writeOnly: true`): kept for the signing pages, never serialised. */
  password: string | null;
  embedToken: string | null;
  /** When the signer first opened the document (`has_viewed_document`); driven by sign-lifecycle.ts. */
  viewedAt: number | null;
  /** The signer's final decision (`signer_decision`); `info` is the decline reason (`additional_info`). */
  decision: { type: 'signed' | 'declined'; at: number; info: string | null } | null;
}

export interface StoredSignRequest {
  id: string;
  shortId: string;
  ownerId: string;
  ownerLogin: string;
  createdAt: number;
  status: SignStatus;
  prepNeeded: boolean;
  prepared: boolean;
  /** Made from a Box Sign template: starts `created` (no conversion), then is sent. */
  fromTemplate: boolean;
  prepareToken: string;
  /** Last time emails went out (initial send or resend); drives the resend cool-down. */
  lastSentAt: number | null;
  finishedAt: number | null;
  /** When the last signer signed: Box makes the final documents and the log (`finalizing`) before `signed`. */
  finalizingSince: number | null;
  /** "<name> Signing Log.pdf" in the destination folder, made when the request is signed. */
  signingLog: StoredFile | null;
  autoExpireAt: number | null;
  signers: StoredSigner[];
  sourceFiles: StoredFile[];
  signFiles: StoredFile[];
  parentFolder: StoredFolder;
  name: string;
  /** Request-level options echoed back (SignRequest is allOf SignRequest--Base). */
  options: Record<string, unknown>;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** signer_group_id: same value for >1 signers → one generated UUID; used once → ignored (null). */
function groupIds(raw: Record<string, unknown>[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const s of raw) {
    const g = str(s['signer_group_id']);
    if (g) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const ids = new Map<string, string>();
  for (const [g, n] of counts) if (n > 1) ids.set(g, uuid());
  return ids;
}

function toSigner(s: Record<string, unknown>, groups: Map<string, string>): StoredSigner {
  const externalUser = str(s['embed_url_external_user_id']);
  const group = str(s['signer_group_id']);
  return {
    email: str(s['email']) ?? '',
    role: str(s['role']) ?? 'signer',
    is_in_person: s['is_in_person'] === true,
    // Real responses show order 0 for signers sent without an order.
    order: typeof s['order'] === 'number' ? s['order'] : 0,
    verification_phone_number: str(s['verification_phone_number']) || null,
    embed_url_external_user_id: externalUser,
    redirect_url: str(s['redirect_url']),
    declined_redirect_url: str(s['declined_redirect_url']),
    login_required: s['login_required'] === true,
    signer_group_id: group ? (groups.get(group) ?? null) : null,
    suppress_notifications: s['suppress_notifications'] === true,
    language: str(s['language']),
    password: str(s['password']) || null,
    embedToken: externalUser ? hexToken(32) : null,
    viewedAt: null,
    decision: null,
  };
}

/** "If the requester is not given a role, a final_copy_reader signer is created for them" (docs), first, order 0. */
export function buildSigners(raw: Record<string, unknown>[], senderLogin: string): StoredSigner[] {
  const groups = groupIds(raw);
  const given = raw.map((s) => toSigner(s, groups));
  const senderListed = given.some((s) => s.email.toLowerCase() === senderLogin.toLowerCase());
  if (senderListed) return given;
  const sender = toSigner({ email: senderLogin, role: 'final_copy_reader', order: 0 }, groups);
  return [sender, ...given];
}

const OPTION_DEFAULTS: Record<string, unknown> = {
  is_document_preparation_needed: false,
  redirect_url: null,
  declined_redirect_url: null,
  are_text_signatures_enabled: true,
  signature_color: null,
  is_phone_verification_required_to_view: false,
  email_subject: null,
  email_message: null,
  are_reminders_enabled: false,
  prefill_tags: [],
  days_valid: null,
  external_id: null,
  template_id: null,
  external_system_name: null,
};

/** Known SignRequest--Base options with Box's defaults; unknown top-level fields are dropped. */
export function pickOptions(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(OPTION_DEFAULTS)) {
    const v = body[key];
    out[key] = v === undefined ? fallback : v;
  }
  out['prefill_tags'] = prefillOut(out['prefill_tags']);
  return out;
}

/** Box converts every source to PDF: "Contract.docx" → "Contract.pdf", uniquely named in the destination. */
export function makeSignFiles(content: ContentStore, sources: StoredFile[], folder: StoredFolder): StoredFile[] {
  return sources.map((src) => {
    const dot = src.name.lastIndexOf('.');
    const pdfName = `${dot > 0 ? src.name.slice(0, dot) : src.name}.pdf`;
    return content.addFile({
      id: content.newFileId(), name: content.uniqueName(folder.id, pdfName), size: src.size, parentFolderId: folder.id,
    });
  });
}

const FINAL: ReadonlySet<SignStatus> = new Set(['signed', 'cancelled', 'declined', 'expired', 'error',
  'error_converting', 'error_sending', 'error_finalizing']);

export function isFinal(status: SignStatus): boolean {
  return FINAL.has(status);
}

/** Move a request along the emulator clock: converting → created|sent (template requests: created → sent); unsigned past auto_expire_at → expired. */
export function settle(sr: StoredSignRequest, now: number): void {
  const converted = sr.createdAt + CONVERT_MS;
  if (sr.status === 'converting' && now >= converted) {
    if (sr.sourceFiles.some((f) => f.convertFails || !isConvertible(f.name))) {
      sr.status = 'error_converting';
      sr.finishedAt = converted; // [inference] Box does not say whether finished_at is set for error statuses.
    } else if (sr.prepNeeded && !sr.prepared) {
      sr.status = 'created';
    } else {
      sr.status = 'sent';
      sr.lastSentAt = converted;
    }
  }
  // Template requests: `created` in the create response (docs), then sent after the same delay unless they
  // wait for preparation [inference: when Box sends them is not documented].
  if (sr.fromTemplate && sr.status === 'created' && !(sr.prepNeeded && !sr.prepared) && now >= converted) {
    sr.status = 'sent';
    sr.lastSentAt = converted;
  }
  if (sr.status === 'finalizing' && sr.finalizingSince !== null && now >= sr.finalizingSince + FINALIZE_MS) {
    sr.status = 'signed';
    sr.finishedAt = sr.finalizingSince + FINALIZE_MS;
  }
  // A request whose last signer has signed no longer expires [inference: Box expires only unsigned requests].
  if (sr.autoExpireAt !== null && now >= sr.autoExpireAt && !isFinal(sr.status) && sr.status !== 'finalizing') {
    sr.status = 'expired';
    sr.finishedAt = sr.autoExpireAt;
  }
}

export function prepareUrl(sr: StoredSignRequest): string {
  return `https://app.box.com/sign/document/${sr.id}/${sr.prepareToken}/prepare_doc/`;
}

export function fileMini(f: StoredFile): Record<string, unknown> {
  return {
    id: f.id, etag: '0', type: 'file', sequence_id: '0', name: f.name, sha1: f.sha1,
    file_version: { id: f.versionId, type: 'file_version', sha1: f.sha1 },
  };
}

export function folderMini(f: StoredFolder): Record<string, unknown> {
  return { id: f.id, etag: '0', type: 'folder', sequence_id: '0', name: f.name };
}

function signerOut(sr: StoredSignRequest, s: StoredSigner): Record<string, unknown> {
  const embed = s.embedToken ? `https://app.box.com/sign/document/${sr.id}/${s.embedToken}/` : null;
  // Field set and order as in real responses; `password` is write-only and never included.
  return {
    email: s.email, role: s.role, is_in_person: s.is_in_person, order: s.order,
    verification_phone_number: s.verification_phone_number,
    embed_url_external_user_id: s.embed_url_external_user_id,
    redirect_url: s.redirect_url, declined_redirect_url: s.declined_redirect_url,
    login_required: s.login_required, has_viewed_document: s.viewedAt !== null,
    signer_decision: s.decision === null ? null
      : { type: s.decision.type, finalized_at: isoMillis(s.decision.at), additional_info: s.decision.info },
    signer_group_id: s.signer_group_id, inputs: [], embed_url: embed,
    iframeable_embed_url: embed ? embed.replace('/sign/document/', '/embed/sign/document/') : null,
    suppress_notifications: s.suppress_notifications, attachments: [], language: s.language,
  };
}

/** The SignRequest resource as Box returns it. */
export function toBox(sr: StoredSignRequest): Record<string, unknown> {
  return {
    ...sr.options,
    is_document_preparation_needed: sr.prepNeeded,
    signers: sr.signers.map((s) => signerOut(sr, s)),
    id: sr.id,
    prepare_url: sr.prepNeeded ? prepareUrl(sr) : null,
    source_files: sr.sourceFiles.map(fileMini),
    parent_folder: folderMini(sr.parentFolder),
    name: sr.name,
    type: 'sign-request',
    // The log is made with the final documents: shown once the request is signed.
    signing_log: sr.signingLog === null || sr.status !== 'signed' ? null : fileMini(sr.signingLog),
    status: sr.status,
    // Not ready while Box is making the final documents (`finalizing`).
    sign_files: { files: sr.signFiles.map(fileMini), is_ready_for_download: sr.status !== 'finalizing' },
    auto_expire_at: sr.autoExpireAt === null ? null : isoMillis(sr.autoExpireAt),
    collaborator_level: 'owner',
    short_id: sr.shortId,
    created_at: isoMillis(sr.createdAt),
    finished_at: sr.finishedAt === null ? null : isoMillis(sr.finishedAt),
    error_code: null,
    sender_email: sr.ownerLogin,
    sender_id: Number(sr.ownerId),
    request_flow: 'standard',
  };
}

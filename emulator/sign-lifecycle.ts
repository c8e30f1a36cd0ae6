import type { ContentStore } from './content.ts';
import { sha1Hex } from './ids.ts';
import { settle, type StoredSignRequest, type StoredSigner } from './sign-model.ts';

// What signers do in Box's signing pages, driven by tests (the emulator has no signing UI):
// view, sign, decline. docs (guides/box-sign): "sent" = no signer interaction yet; "viewed" = a signer clicked
// *Review document*; with `order`, the lowest order gets the request first and the next only after the
// previous signed (equal numbers at once); if any signer declines the request is `declined` and the rest get
// nothing; a new version of each sign file is added as each signer signs; `finalizing` while Box makes the
// final documents and the signing log, then `signed`.

export type SignerAction = { kind: 'view' } | { kind: 'sign' } | { kind: 'decline'; reason: string | null };

/** Roles that act on the document; a `final_copy_reader` only receives the final copy. */
function acts(s: StoredSigner): boolean {
  return s.role === 'signer' || s.role === 'approver';
}

/** The order group whose turn it is: the lowest order among actors without a decision. */
function currentOrder(sr: StoredSignRequest): number | null {
  const waiting = sr.signers.filter((s) => acts(s) && s.decision === null).map((s) => s.order);
  return waiting.length === 0 ? null : Math.min(...waiting);
}

function findSigner(sr: StoredSignRequest, email: string): StoredSigner {
  const signer = sr.signers.find((s) => s.email.toLowerCase() === email.toLowerCase());
  if (!signer) throw new Error(`No signer ${email} on sign request ${sr.id}`);
  if (!acts(signer)) throw new Error(`${email} is a ${signer.role}: only signers and approvers act`);
  if (signer.decision !== null) throw new Error(`${email} has already ${signer.decision.type}`);
  if (sr.status !== 'sent' && sr.status !== 'viewed') throw new Error(`Sign request ${sr.id} is ${sr.status}: signers cannot act`);
  if (signer.order !== currentOrder(sr)) throw new Error(`${email} has not been sent the request yet (order ${signer.order})`);
  return signer;
}

/** Applies one signer's action; throws (for the test) when Box would not let that signer act now. */
export function actAsSigner(content: ContentStore, sr: StoredSignRequest, email: string, action: SignerAction, now: number): void {
  settle(sr, now);
  const signer = findSigner(sr, email);
  signer.viewedAt ??= now;
  if (action.kind === 'view') {
    if (sr.status === 'sent') sr.status = 'viewed';
    return;
  }
  if (action.kind === 'decline') {
    signer.decision = { type: 'declined', at: now, info: action.reason };
    sr.status = 'declined';
    sr.finishedAt = now;
    return;
  }
  signer.decision = { type: 'signed', at: now, info: null };
  if (sr.status === 'sent') sr.status = 'viewed';
  newVersions(sr, now);
  const next = currentOrder(sr);
  if (next === null) {
    finalize(content, sr, now);
  } else if (next !== signer.order) {
    sr.lastSentAt = now; // The next signers are emailed now: Box's resend cool-down counts from here.
  }
}

/** "A new version of these files are created as signers sign" (spec, sign_files). */
function newVersions(sr: StoredSignRequest, now: number): void {
  for (const file of sr.signFiles) {
    file.versionId = String(Number(file.versionId) + 1);
    file.sha1 = sha1Hex(`${file.id}:${file.versionId}:${now}`);
  }
}

/** Everyone signed: `finalizing`, and the signing log goes next to the signed documents. */
function finalize(content: ContentStore, sr: StoredSignRequest, now: number): void {
  sr.status = 'finalizing';
  sr.finalizingSince = now;
  const base = sr.name.replace(/\.pdf$/i, '');
  sr.signingLog = content.addFile({
    id: content.newFileId(),
    name: content.uniqueName(sr.parentFolder.id, `${base} Signing Log.pdf`),
    parentFolderId: sr.parentFolder.id,
  });
}

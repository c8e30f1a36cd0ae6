// The "All requests" list as the service worker keeps it in storage.local (request metadata only: no
// passwords, no phone numbers, no tokens) and as the pages read it. Types and the key only: the worker
// writes what it built itself; the pages parse what they read (src/ui/requests/cache-schema.ts).

export const REQUESTS_KEY = 'requests';

/** waiting (not yet opened), viewed (opened, no decision), signed, declined. */
export type SignerState = 'waiting' | 'viewed' | 'signed' | 'declined';
/** How Box checks who the signer is, as far as Box tells (a password is write-only, so never shown). */
export type SignerMethod = 'sms' | 'login' | 'email';

export interface ListedFile {
  id: string;
  name: string;
}

export interface ListedSigner {
  email: string;
  role: string;
  order: number;
  state: SignerState;
  /** The decline reason (`signer_decision.additional_info`). */
  reason: string | null;
  /** Epoch ms of the decision. */
  decidedAt: number | null;
  method: SignerMethod;
  inPerson: boolean;
}

export interface ListedRequest {
  id: string;
  name: string;
  /** As Box wrote it; unknown values are kept. */
  status: string;
  createdAt: number;
  finishedAt: number | null;
  expiresAt: number | null;
  files: ListedFile[];
  signFiles: ListedFile[];
  signFilesReady: boolean;
  signingLog: ListedFile | null;
  parentFolderId: string | null;
  prepareUrl: string | null;
  senderEmail: string | null;
  /** Everyone on the request, the sender's own `final_copy_reader` row included, in Box's order. */
  signers: ListedSigner[];
  /** When Box last emailed signers, as far as can be told (send, next signer's turn, our resend): the resend rule. */
  lastSentAt: number;
}

export interface RequestsCache {
  version: 1;
  /** When the last full walk of GET /sign_requests ended (epoch ms); null before the first. */
  refreshedAt: number | null;
  /** Newest first. */
  requests: ListedRequest[];
  /** Plain words for the last walk's failure, or null. */
  error: string | null;
  /** No walk before this (after a 429). */
  backoffUntil: number;
  /** Consecutive 429s, for the backoff. */
  limited: number;
}

// What a listed request means for the person looking at the list: which filter it falls in, whether it
// needs their attention, who it is waiting on. Pure functions of the request and "now".
import type { ListedRequest, ListedSigner } from '../../shared/requests-cache';

export const DAY = 24 * 60 * 60 * 1000;
/** "Needs attention" includes pending requests that expire within this many days. */
export const EXPIRING_DAYS = 7;
export const RESEND_COOLDOWN_MS = 10 * 60 * 1000;

export type Filter = 'all' | 'attention' | 'waiting' | 'finished' | 'cancelled';
export const FILTERS: readonly Filter[] = ['all', 'attention', 'waiting', 'finished', 'cancelled'];

export function isSigned(status: string): boolean {
  return status === 'signed' || status === 'signed and downloaded';
}

/** Box's final statuses; anything unknown is treated as still pending (and shown as Box wrote it). */
export function isEnded(status: string): boolean {
  return isSigned(status) || ['declined', 'cancelled', 'expired'].includes(status) || status.startsWith('error');
}

/** Whole days left before a pending request expires; null when it does not expire (or has ended). */
export function daysLeft(r: ListedRequest, now: number): number | null {
  if (r.expiresAt === null || isEnded(r.status)) return null;
  return Math.max(0, Math.ceil((r.expiresAt - now) / DAY));
}

/** Declined, an error, or expiring within EXPIRING_DAYS. */
export function needsAttention(r: ListedRequest, now: number): boolean {
  if (r.status === 'declined' || r.status.startsWith('error')) return true;
  const left = daysLeft(r, now);
  return left !== null && left <= EXPIRING_DAYS;
}

export function inFilter(r: ListedRequest, filter: Filter, now: number): boolean {
  switch (filter) {
    case 'attention':
      return needsAttention(r, now);
    case 'waiting':
      return !isEnded(r.status);
    case 'finished':
      return isSigned(r.status) || r.status === 'expired';
    case 'cancelled':
      return r.status === 'cancelled';
    default:
      return true;
  }
}

/** The people the request went to: everyone but the sender's own copy (Box adds it as a final_copy_reader). */
export function recipients(r: ListedRequest): ListedSigner[] {
  const sender = r.senderEmail?.toLowerCase();
  return r.signers.filter((s) => !(s.role === 'final_copy_reader' && (sender === undefined || s.email.toLowerCase() === sender)));
}

/** Signers and approvers: those whose decision the request waits for. */
export function actors(r: ListedRequest): ListedSigner[] {
  return recipients(r).filter((s) => s.role !== 'final_copy_reader');
}

/** Lower-cased text a search looks in: name, files, signers. Built once per request. */
export function searchText(r: ListedRequest): string {
  return [r.name, ...r.files.map((f) => f.name), ...r.signFiles.map((f) => f.name), ...r.signers.map((s) => s.email)].join('\n').toLowerCase();
}

export type Sort = 'newest' | 'oldest' | 'expiring' | 'name' | 'finished';
export const SORTS: readonly Sort[] = ['newest', 'oldest', 'expiring', 'name', 'finished'];

const last = Number.POSITIVE_INFINITY;
const COMPARE: Record<Sort, (a: ListedRequest, b: ListedRequest) => number> = {
  newest: (a, b) => b.createdAt - a.createdAt,
  oldest: (a, b) => a.createdAt - b.createdAt,
  expiring: (a, b) => (pendingExpiry(a) - pendingExpiry(b)) || b.createdAt - a.createdAt,
  name: (a, b) => a.name.localeCompare(b.name) || b.createdAt - a.createdAt,
  finished: (a, b) => (b.finishedAt ?? -last) - (a.finishedAt ?? -last) || b.createdAt - a.createdAt,
};

function pendingExpiry(r: ListedRequest): number {
  return r.expiresAt === null || isEnded(r.status) ? last : r.expiresAt;
}

/** The requests in `filter` whose text contains every word of `query`, in `sort` order. */
export function visibleRequests(
  all: readonly ListedRequest[], texts: ReadonlyMap<string, string>, filter: Filter, query: string, sort: Sort, now: number,
): ListedRequest[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return all
    .filter((r) => inFilter(r, filter, now) && words.every((w) => (texts.get(r.id) ?? '').includes(w)))
    .sort(COMPARE[sort]);
}

/** Milliseconds before Box allows a resend (0: now); Box counts 10 minutes from when it last emailed the signers. */
export function resendWait(r: ListedRequest, now: number): number {
  return Math.max(0, r.lastSentAt + RESEND_COOLDOWN_MS - now);
}

/** Whether Box takes a resend or cancel at all in this status (the background checks again). */
export function canResend(r: ListedRequest): boolean {
  return r.status === 'sent' || r.status === 'viewed';
}
export function canCancel(r: ListedRequest): boolean {
  return !isEnded(r.status) && r.status !== 'converting' && r.status !== 'finalizing';
}

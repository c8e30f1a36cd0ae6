// Small wording helpers for the "Sent" view.
import type { TrackedRequest } from '../../shared/messages';

export function fileNames(request: TrackedRequest): string {
  const names = request.files.map((file) => file.name ?? `File ${file.id}`);
  if (names.length === 0) return 'Sign request';
  return names.length <= 2 ? names.join(', ') : `${names[0]} and ${names.length - 1} more`;
}

export function signers(request: TrackedRequest): string {
  return request.signerEmails.join(', ') || 'no signer listed';
}

/** "14:05" today, "3 Jan, 14:05" otherwise, in the user's locale. */
export function when(at: number, now = Date.now()): string {
  const date = new Date(at);
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (new Date(now).toDateString() === date.toDateString()) return time;
  return `${date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`;
}

/** Box URLs only: a link from storage should never become a javascript: URL. */
export function safeHref(url: string | null): string | null {
  return url !== null && url.startsWith('https://') ? url : null;
}

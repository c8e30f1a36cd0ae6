// Small wording helpers for the "Sent" view.
import { t } from '../../shared/i18n';
import type { TrackedRequest } from '../../shared/messages';

export function fileNames(request: TrackedRequest): string {
  const names = request.files.map((file) => file.name ?? t('fileWithId', file.id));
  if (names.length === 0) return t('signRequest');
  return names.length <= 2 ? names.join(', ') : t('namesMore', names[0]!, names.length - 1);
}

export function signers(request: TrackedRequest): string {
  return request.signerEmails.join(', ') || t('noSignerListed');
}

/** "14:05" today, "3 Jan, 14:05" otherwise, in the user's locale. */
export function when(at: number, now = Date.now()): string {
  const date = new Date(at);
  const time = date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (new Date(now).toDateString() === date.toDateString()) return time;
  return `${date.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`;
}


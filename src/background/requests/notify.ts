// Notifications for any of the user's requests that end (signed, declined, expired, error), found by
// comparing one walk with the one before. Never on the first walk (everything would be "new"), never
// for a request this browser's tracker already notifies about, and a burst becomes one summary.
import { t } from '../../shared/i18n';
import type { ListedRequest } from '../../shared/requests-cache';
import type { NotifierApi } from '../../platform/background-apis';
import { notificationFor } from '../tracking/notify';
import { isNotable, isTerminal } from '../tracking/rules';
import type { NotifySetting } from '../tracking/setting';

export const REQUESTS_NOTIFICATION = 'secure-sign-requests:';
/** More endings than this in one walk: one notification saying how many. */
const MAX_SINGLE = 3;

/** Requests that were pending in `before` and have now ended in a notable way. */
export function newlyEnded(before: readonly ListedRequest[] | null, after: readonly ListedRequest[], skip: ReadonlySet<string>): ListedRequest[] {
  if (before === null) return [];
  const previous = new Map(before.map((r) => [r.id, r.status]));
  return after.filter((r) => {
    const was = previous.get(r.id);
    return was !== undefined && !isTerminal(was) && isNotable(r.status) && !skip.has(r.id);
  });
}

export async function notifyEnded(setting: NotifySetting, notifier: NotifierApi, ended: readonly ListedRequest[]): Promise<void> {
  if (ended.length === 0) return;
  try {
    if (!(await setting.read()).enabled || !(await notifier.permitted())) return;
    if (ended.length > MAX_SINGLE) {
      await notifier.show(`${REQUESTS_NOTIFICATION}many`, t('reqNotifyManyTitle', ended.length), t('reqNotifyManyBody'));
      return;
    }
    for (const r of ended) {
      const signerEmails = r.signers.filter((s) => s.role !== 'final_copy_reader').map((s) => s.email);
      const { title, message } = notificationFor({ files: r.files, signerEmails, status: r.status });
      await notifier.show(`${REQUESTS_NOTIFICATION}${r.id}`, title, message);
    }
  } catch {
    // A courtesy: the list shows the status either way.
  }
}

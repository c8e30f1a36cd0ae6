// "Request finished" notifications: shown once, only when the user allowed them, in words short
// enough for the browser not to truncate; a click opens the request in Box.
import { isOpenableBoxUrl } from '../../shared/box-urls';
import { t } from '../../shared/i18n';
import type { TrackerContext } from './context';
import type { StoredRequest, TrackingStore } from './store';

const NOTIFICATION_PREFIX = 'secure-sign-request:';

export async function notifyEnd({ setting, notifier }: TrackerContext, entry: StoredRequest): Promise<void> {
  try {
    if (!(await setting.read()).enabled || !(await notifier.permitted())) return;
    const { title, message } = notificationFor(entry);
    await notifier.show(`${NOTIFICATION_PREFIX}${entry.id}`, title, message);
  } catch {
    // A notification is a courtesy: the Sent view has the status either way.
  }
}

/**
 * For the notification click: where the request can be seen in Box, if it is a Box address
 * (`customHosts`: the company Box hosts the user granted, as for every link; shared/box-urls.ts).
 */
export async function openUrlOf(store: TrackingStore, notificationId: string, customHosts: readonly string[] = []): Promise<string | null> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;
  const id = notificationId.slice(NOTIFICATION_PREFIX.length);
  const entry = (await store.read()).requests.find((r) => r.id === id);
  const url = entry?.openUrl;
  return isOpenableBoxUrl(url, customHosts) ? url : null;
}

/** The words for a request's end; also used for the requests of "All requests" (requests/notify.ts). */
export function notificationFor(entry: Pick<StoredRequest, 'files' | 'signerEmails' | 'status'>): { title: string; message: string } {
  const file = entry.files[0]?.name ?? t('notifyYourDocument');
  const what = entry.files.length > 1 ? t('namesMore', file, entry.files.length - 1) : file;
  const who = entry.signerEmails.join(', ') || t('notifyTheSigner');
  switch (entry.status) {
    case 'signed':
    case 'signed and downloaded':
      return { title: t('notifySignedTitle', what), message: t('notifySignedBody', who) };
    case 'declined':
      return { title: t('notifyDeclinedTitle', what), message: t('notifyDeclinedBody', who) };
    case 'expired':
      return { title: t('notifyExpiredTitle', what), message: t('notifyExpiredBody') };
    default:
      return { title: t('notifyErrorTitle', what), message: t('notifyErrorBody', entry.status) };
  }
}

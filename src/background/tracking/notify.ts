// The words of a "request finished" notification. Short: the browser truncates long ones.
import type { StoredRequest } from './store';
import { t } from '../../shared/i18n';

export function notificationFor(entry: StoredRequest): { title: string; message: string } {
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

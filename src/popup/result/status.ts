// Box sign request statuses in words. Box adds statuses over time, so an unknown one is shown
// as Box wrote it rather than hidden or treated as an error.
import { t, type PlainKey } from '../../shared/i18n';
const WORDS: Record<string, PlainKey> = {
  converting: 'statusConverting',
  created: 'statusCreated',
  sent: 'statusSent',
  viewed: 'statusViewed',
  downloaded: 'statusDownloaded',
  signed: 'statusSigned',
  'signed and downloaded': 'statusSigned',
  declined: 'statusDeclined',
  cancelled: 'statusCancelled',
  expired: 'statusExpired',
  finalizing: 'statusFinalizing',
  error_converting: 'statusErrorConverting',
  error_sending: 'statusErrorSending',
  error_finalizing: 'statusErrorFinalizing',
};

export function statusWords(status: string): string {
  if (Object.hasOwn(WORDS, status)) return t(WORDS[status]!);
  if (status.startsWith('error')) return t('statusError', status);
  return status;
}

/** Box's docs: any error status means the request must be created again. */
export function isErrorStatus(status: string): boolean {
  return status.startsWith('error');
}

/** What to do about an error status Box explains, in plain words; null when Box gives no reason to pass on. */
export function statusAdvice(status: string): string | null {
  return status === 'error_converting' ? t('adviceErrorConverting') : null;
}

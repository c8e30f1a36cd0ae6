// Words and dates for the "All requests" page.
import { messagesLanguage, t, type PlainKey } from '../shared/i18n';
import type { ListedSigner, SignerMethod } from '../shared/requests-cache';

// Short status labels for a list (the popup's sentences speak of one signer). Unknown statuses as Box wrote them.
const STATUS: Record<string, PlainKey> = {
  converting: 'reqStConverting',
  created: 'reqStCreated',
  sent: 'reqStSent',
  viewed: 'reqStViewed',
  signed: 'reqStSigned',
  'signed and downloaded': 'reqStSigned',
  declined: 'reqStDeclined',
  cancelled: 'reqStCancelled',
  expired: 'reqStExpired',
  finalizing: 'reqStFinalizing',
  error_converting: 'reqStErrorConverting',
  error_sending: 'reqStErrorSending',
  error_finalizing: 'reqStErrorFinalizing',
};

export function statusLabel(status: string): string {
  if (Object.hasOwn(STATUS, status)) return t(STATUS[status]!);
  if (status.startsWith('error')) return t('reqStError', status);
  return status;
}

const STATE: Record<ListedSigner['state'], PlainKey> = {
  waiting: 'reqSignerWaiting',
  viewed: 'reqSignerViewed',
  signed: 'reqSignerSigned',
  declined: 'reqSignerDeclined',
};
export const signerState = (state: ListedSigner['state']): string => t(STATE[state]);

const METHOD: Record<SignerMethod, PlainKey> = { sms: 'reqMethodSms', login: 'reqMethodLogin', email: 'reqMethodEmail' };
export const methodLabel = (method: SignerMethod): string => t(METHOD[method]);

const ROLE: Record<string, PlainKey> = { signer: 'reqRoleSigner', approver: 'reqRoleApprover', final_copy_reader: 'reqRoleReader' };
export const roleLabel = (role: string): string => (Object.hasOwn(ROLE, role) ? t(ROLE[role]!) : role);

let dateFormat: Intl.DateTimeFormat | null = null;
/** "3 Jan 2026, 14:05" in the language of the page's words. */
export function formatDate(at: number): string {
  dateFormat ??= new Intl.DateTimeFormat(messagesLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return dateFormat.format(at);
}

export function expiryWords(days: number): string {
  if (days === 0) return t('reqExpiresToday');
  return days === 1 ? t('reqExpiresInOne') : t('reqExpiresIn', days);
}

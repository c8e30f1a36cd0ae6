// The Bulk send page's own words, from the locale catalogue (public/_locales). The issue names its labels
// and buttons exactly ("Bulk send", "Recipients", "Check recipients", "Send N requests", "Generate
// passwords", "Retry failed rows", "Download results"); messages shared with the popup come from the
// catalogue through the form's rules.
import type { BulkRowStatus } from '../shared/messages';
import { t } from '../shared/i18n';

const FIELD_WORDS = { email: () => t('bulkFieldEmail'), phone: () => t('bulkFieldPhone'), password: () => t('bulkFieldPassword') };

export const words = {
  title: t('bulkTitle'),
  recipients: t('bulkRecipients'),
  recipientsHelp: t('bulkRecipientsHelp'),
  checkRecipients: t('bulkCheckRecipients'),
  generatePasswords: t('bulkGeneratePasswords'),
  send: (n: number) => (n === 1 ? t('bulkSendOne') : t('bulkSendMany', n)),
  retryFailed: t('bulkRetryFailed'),
  downloadResults: t('bulkDownloadResults'),
  includePasswords: t('bulkIncludePasswords'),
  chooseFile: t('bulkChooseFile'),
  columns: t('bulkColumns'),
  noColumn: t('bulkNoColumn'),
  defaultMethod: t('bulkDefaultMethod'),
  checkTitle: t('bulkCheckTitle'),
  noProblem: t('bulkNoProblem'),
  fix: (field: keyof typeof FIELD_WORDS, row: number) => t('bulkFix', FIELD_WORDS[field](), row),
  /** A control's label with its row, for the controls repeated on every row. */
  onRow: (label: string, row: number) => t('bulkRowLabel', label, row),
  col: { email: t('bulkColEmail'), phone: t('bulkColPhone'), password: t('bulkColPassword'), name: t('bulkColName'), problem: t('bulkColProblem'), status: t('bulkColStatus'), request: t('bulkColRequest') },
  columnOf: (header: string, n: number) => t('bulkColumnOf', header, n),
  columnN: (n: number) => t('bulkColumnN', n),
  progress: t('bulkProgress'),
  counts: (done: number, failed: number, remaining: number) => t('bulkCounts', done, failed, remaining),
  copyPasswords: t('bulkCopyPasswords'),
  downloadPasswords: t('bulkDownloadPasswords'),
  passwordsOnce: t('bulkPasswordsOnce'),
  newPasswords: t('bulkNewPasswords'),
  status: {
    pending: t('bulkStatusPending'),
    sending: t('bulkStatusSending'),
    sent: t('bulkStatusSent'),
    failed: t('bulkStatusFailed'),
    cancelled: t('bulkStatusCancelled'),
    'needs-password': t('bulkStatusNeedsPassword'),
  } satisfies Record<BulkRowStatus, string>,
  open: t('bulkOpen'),
  files: t('bulkFiles'),
  noSource: t('bulkNoSource'),
  sending: t('bulkSending'),
  pause: t('bulkPause'),
  resume: t('bulkResume'),
  cancel: t('bulkCancel'),
  duplicateRow: (row: number) => t('bulkDuplicateRow', row),
  tooManyRows: (max: number) => t('bulkTooManyRows', max),
  noRows: t('bulkNoRows'),
  secondsLeft: (n: number) => t('bulkSecondsLeft', n),
  minutesLeft: (n: number) => t('bulkMinutesLeft', n),
};

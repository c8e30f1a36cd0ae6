import { t } from '../../shared/i18n';
import { isErrorStatus, statusWords } from './status';

/** "Status: Sent to the signer", with an error status in the error colour. */
export function StatusLine({ status }: { status: string }) {
  return (
    <>
      {t('statusLabel')} <span class={isErrorStatus(status) ? 'status error' : 'status'}>{statusWords(status)}</span>
    </>
  );
}

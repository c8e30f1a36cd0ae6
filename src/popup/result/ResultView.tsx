// After Box accepted the request: its status in words, who it went to, where to go next, and a fresh start.
import { t } from '../../shared/i18n';
import type { SendSignRequest, SignRequestSummary } from '../../shared/messages';
import type { Background } from '../deps';
import { ROLE_LABELS } from '../signers/SignerRow';
import { isErrorStatus, statusWords } from './status';
import { usePolledRequest } from './usePolledRequest';

export type ResultViewProps = {
  background: Background;
  initial: SignRequestSummary;
  /** What was sent: for the signers' verification (never the password itself). */
  sent: SendSignRequest;
  /** The preparation page was opened in a new tab when the request was created. */
  prepareOpened: boolean;
  /** Extra copies Box made because the browser re-sent the POST; the tracker cancels them. */
  copies?: number;
  pollIntervalMs: number;
  onSendAnother: () => void;
};

/** Box URLs only: a link from the background should never become a javascript: URL. */
function safeHref(url: string | null): string | null {
  return url !== null && url.startsWith('https://') ? url : null;
}

type Row = { email: string | null; role: string; order: number | null; isSender: boolean };

export function ResultView(props: ResultViewProps) {
  const request = usePolledRequest(props.background, props.initial, props.pollIntervalMs);
  const prepareUrl = safeHref(request.prepareUrl);
  const openUrl = safeHref(request.openUrl);
  const failed = isErrorStatus(request.status);
  const rows: Row[] = request.signers ?? request.signerEmails.map((email) => ({ email, role: 'signer', order: null, isSender: false }));
  const withPassword = props.sent.signers.filter((s) => s.password !== null).length;
  const ordered = props.sent.signers.some((s) => s.order !== null);
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title">{t('resultTitle')}</h2>
      <p role="status">
        {t('statusLabel')} <span class={failed ? 'status error' : 'status'}>{statusWords(request.status)}</span>
      </p>
      {failed && <p>{t('resultFailed')}</p>}
      <h3 class="hint">{t('recipients')}</h3>
      <ul class="recipients">
        {rows.map((row, index) => (
          <li key={index}>
            {row.isSender ? (
              <span>{t('youCopy')}</span>
            ) : (
              <>
                <strong>{row.email ?? t('recipient')}</strong>{' '}
                <span class="hint">
                  {[roleWords(row.role), ordered && row.order !== null ? t('resultOrder', row.order) : null, verificationWords(props.sent, row.email)]
                    .filter(Boolean)
                    .join(', ')}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {(props.copies ?? 0) > 0 && (
        <p class="notice" role="note">
          {t('resultCopies')}
        </p>
      )}
      {withPassword > 0 && (
        <p class="notice">{withPassword === 1 ? t('passwordSetOne') : t('passwordSetMany')}</p>
      )}
      {prepareUrl && (
        <p>
          {props.prepareOpened
            ? t('prepareOpened')
            : t('prepareLater')}
          <br />
          <a class="button primary" href={prepareUrl} target="_blank" rel="noopener noreferrer">
            {t('prepareLink')}
          </a>
        </p>
      )}
      <div class="actions">
        {openUrl && (
          <a class="button" href={openUrl} target="_blank" rel="noopener noreferrer">
            {t('openInBox')}
          </a>
        )}
        <button type="button" onClick={props.onSendAnother}>
          {t('sendAnother')}
        </button>
      </div>
    </section>
  );
}

function roleWords(role: string): string {
  return Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role as keyof typeof ROLE_LABELS] : role;
}

/** "SMS code and password" etc., from what this popup sent (Box never returns passwords); '' for none. */
function verificationWords(sent: SendSignRequest, email: string | null): string {
  const signer = sent.signers.find((s) => s.email.toLowerCase() === email?.toLowerCase());
  if (!signer) return '';
  const password = signer.password !== null;
  switch (signer.verification.kind) {
    case 'sms':
      return password ? t('resultVerifySmsPassword') : t('resultVerifySms');
    case 'login':
      return password ? t('resultVerifyLoginPassword') : t('resultVerifyLogin');
    default:
      return password ? t('resultVerifyPassword') : '';
  }
}

// After Box accepted the request: its status in words, who it went to, where to go next, and a fresh start.
import { t } from '../../shared/i18n';
import type { SendSignRequest, SignRequestSummary } from '../../shared/messages';
import type { Background } from '../deps';
import { ROLE_LABELS } from '../signers/SignerRow';
import { NotOpened, OpenInBox } from './OpenInBox';
import { useOpenable } from '../../ui/openable';
import { isErrorStatus, statusAdvice } from './status';
import { StatusLine } from './StatusLine';
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
  /** Back to the form with everything typed: offered when Box could not use the request (an error status). */
  onEditAgain?: () => void;
};

type Row = { email: string | null; role: string; order: number | null; isSender: boolean };

export function ResultView(props: ResultViewProps) {
  const request = usePolledRequest(props.background, props.initial, props.pollIntervalMs);
  const prepareUrl = useOpenable()(request.prepareUrl);
  const withPassword = props.sent.signers.filter((s) => s.password !== null).length;
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title">{t('resultTitle')}</h2>
      <p role="status">
        <StatusLine status={request.status} />
      </p>
      {isErrorStatus(request.status) && <p>{statusAdvice(request.status) ?? t('resultFailed')}</p>}
      {isErrorStatus(request.status) && props.onEditAgain && (
        <p class="hint" id="edit-again-hint">
          {t('resultEditAgainHint')}
        </p>
      )}
      <Recipients request={request} sent={props.sent} />
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
      <NotOpened url={request.prepareUrl} />
      <div class="actions">
        {isErrorStatus(request.status) && props.onEditAgain && (
          <button type="button" class="primary" onClick={props.onEditAgain} aria-describedby="edit-again-hint">
            {t('resultEditAgain')}
          </button>
        )}
        <OpenInBox url={request.openUrl} />
        <button type="button" onClick={props.onSendAnother}>
          {t('sendAnother')}
        </button>
      </div>
    </section>
  );
}

/** Who the request went to, each with their role, place in the order and how they prove who they are. */
function Recipients({ request, sent }: { request: SignRequestSummary; sent: SendSignRequest }) {
  const rows: Row[] = request.signers ?? request.signerEmails.map((email) => ({ email, role: 'signer', order: null, isSender: false }));
  const ordered = sent.signers.some((s) => s.order !== null);
  return (
    <>
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
                  {[roleWords(row.role), ordered && row.order !== null ? t('resultOrder', row.order) : null, verificationWords(sent, row.email)]
                    .filter(Boolean)
                    .join(', ')}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
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

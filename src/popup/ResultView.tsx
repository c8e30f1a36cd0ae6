// After Box accepted the request: its status in words, who it went to, where to go next, and a fresh start.
import type { SendSignRequest, SignRequestSummary } from '../shared/messages';
import type { Background } from './deps';
import { ROLE_LABELS } from './SignerRow';
import { isErrorStatus, statusWords } from './status';
import { usePolledRequest } from './usePolledRequest';

export type ResultViewProps = {
  background: Background;
  initial: SignRequestSummary;
  /** What was sent: for the signers' verification (never the password itself). */
  sent: SendSignRequest;
  /** The preparation page was opened in a new tab when the request was created. */
  prepareOpened: boolean;
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
      <h2 id="result-title">Request created</h2>
      <p role="status">
        Status: <span class={failed ? 'status error' : 'status'}>{statusWords(request.status)}</span>
      </p>
      {failed && <p>Box cannot continue this request. Send a new one.</p>}
      <h3 class="hint">Recipients</h3>
      <ul class="recipients">
        {rows.map((row, index) => (
          <li key={index}>
            {row.isSender ? (
              <span>You (copy of the signed document)</span>
            ) : (
              <>
                <strong>{row.email ?? 'Recipient'}</strong>{' '}
                <span class="hint">
                  {roleWords(row.role)}
                  {ordered && row.order !== null ? `, order ${row.order}` : ''}
                  {verificationWords(props.sent, row.email)}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {withPassword > 0 && (
        <p class="notice">
          {withPassword === 1 ? 'The password is set.' : 'The passwords are set.'} Give {withPassword === 1 ? 'it to the signer' : 'each to its signer'} another way,
          for example by phone.
        </p>
      )}
      {prepareUrl && (
        <p>
          {props.prepareOpened
            ? 'Box opened the document in a new tab: place the signature fields there, then send it from Box.'
            : 'Box sends the request after you place the signature fields.'}
          <br />
          <a class="button primary" href={prepareUrl} target="_blank" rel="noopener noreferrer">
            Prepare the document
          </a>
        </p>
      )}
      <div class="actions">
        {openUrl && (
          <a class="button" href={openUrl} target="_blank" rel="noopener noreferrer">
            Open in Box
          </a>
        )}
        <button type="button" onClick={props.onSendAnother}>
          Send another
        </button>
      </div>
    </section>
  );
}

function roleWords(role: string): string {
  return Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role as keyof typeof ROLE_LABELS] : role;
}

/** ", SMS code" etc., from what this popup sent (Box never returns passwords). */
function verificationWords(sent: SendSignRequest, email: string | null): string {
  const signer = sent.signers.find((s) => s.email.toLowerCase() === email?.toLowerCase());
  if (!signer) return '';
  const parts = [signer.verification.kind === 'sms' ? 'SMS code' : signer.verification.kind === 'login' ? 'Box login' : null, signer.password !== null ? 'password' : null];
  const words = parts.filter(Boolean).join(' and ');
  return words ? `, ${words}` : '';
}

// After Box accepted the request: its status in words, where to go next, and a fresh start.
import type { SignRequestSummary } from '../shared/messages';
import type { SignMethod } from '../shared/sign-form';
import type { Background } from './deps';
import { isErrorStatus, statusWords } from './status';
import { usePolledRequest } from './usePolledRequest';

export type ResultViewProps = {
  background: Background;
  initial: SignRequestSummary;
  signerEmail: string;
  method: SignMethod;
  pollIntervalMs: number;
  onSendAnother: () => void;
};

/** Box URLs only: a link from the background should never become a javascript: URL. */
function safeHref(url: string | null): string | null {
  return url !== null && url.startsWith('https://') ? url : null;
}

export function ResultView(props: ResultViewProps) {
  const request = usePolledRequest(props.background, props.initial, props.pollIntervalMs);
  const prepareUrl = safeHref(request.prepareUrl);
  const openUrl = safeHref(request.openUrl);
  const failed = isErrorStatus(request.status);
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title">Request created</h2>
      <p role="status">
        Status: <span class={failed ? 'status error' : 'status'}>{statusWords(request.status)}</span>
      </p>
      {failed && <p>Box cannot continue this request. Send a new one.</p>}
      <p>
        Signer: <strong>{props.signerEmail}</strong>
      </p>
      {props.method === 'password' && (
        <p class="notice">The password is set. Give it to the signer another way, for example by phone.</p>
      )}
      {prepareUrl && (
        <p>
          Box sends the request after you place the signature fields.
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

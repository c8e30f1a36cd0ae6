// One sent request: what, to whom, when, its status; cancel and resend, each confirmed first.
import { useState } from 'preact/hooks';
import type { TrackedRequest } from '../../shared/messages';
import { useAction } from '../../ui/useAction';
import type { Background } from '../deps';
import { isErrorStatus, statusWords } from '../status';
import { fileNames, safeHref, signers, when } from './words';

type Confirming = 'none' | 'cancel' | 'resend';

export function SentItem({ background, request, onChange }: { background: Background; request: TrackedRequest; onChange: (r: TrackedRequest) => void }) {
  const [confirming, setConfirming] = useState<Confirming>('none');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();
  const href = safeHref(request.openUrl);
  const titleId = `sent-${request.id}`;
  const open = !request.terminal && !request.gone;

  const cancel = () =>
    action.run(async () => {
      const trimmed = reason.trim();
      onChange(await background('cancelSignRequest', trimmed ? { id: request.id, reason: trimmed } : { id: request.id }));
      setConfirming('none');
      setReason('');
      setDone('Cancelled. Box tells the signers.');
    });
  const resend = () =>
    action.run(async () => {
      onChange(await background('resendSignRequest', { id: request.id }));
      setConfirming('none');
      setDone('Box is emailing the signers again.');
    });
  const ask = (which: Confirming) => {
    action.setError(null);
    setDone(null);
    setConfirming(which);
  };

  return (
    <li class="sent-item" aria-labelledby={titleId}>
      <p class="sent-what">
        <strong id={titleId}>{fileNames(request)}</strong>
        <br />
        <span class="hint">
          To {signers(request)} · {when(request.createdAt)}
        </span>
      </p>
      <p>
        Status: <span class={isErrorStatus(request.status) ? 'status error' : 'status'}>{statusWords(request.status)}</span>
        {request.gone && <span class="hint"> (Box no longer has this request)</span>}
      </p>
      {done && (
        <p class="ok" role="status">
          {done}
        </p>
      )}
      {action.error && (
        <p class="error" role="alert">
          {action.error}
        </p>
      )}
      {confirming === 'cancel' && (
        <div class="confirm" role="group" aria-label="Cancel this request">
          <p>Cancel this request? The signers will be told.</p>
          <label class="field">
            <span>Reason (optional)</span>
            <textarea rows={2} maxLength={1000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </label>
          <div class="actions">
            <button type="button" class="danger" disabled={action.busy} onClick={() => void cancel()}>
              {action.busy ? 'Cancelling…' : 'Cancel request'}
            </button>
            <button type="button" disabled={action.busy} onClick={() => setConfirming('none')}>
              Keep it
            </button>
          </div>
        </div>
      )}
      {confirming === 'resend' && (
        <div class="confirm" role="group" aria-label="Resend this request">
          <p>Email the signers who have not signed yet again?</p>
          <div class="actions">
            <button type="button" class="primary" disabled={action.busy} onClick={() => void resend()}>
              {action.busy ? 'Resending…' : 'Resend now'}
            </button>
            <button type="button" disabled={action.busy} onClick={() => setConfirming('none')}>
              Not now
            </button>
          </div>
        </div>
      )}
      {confirming === 'none' && (
        <div class="actions">
          {href && (
            <a class="button" href={href} target="_blank" rel="noopener noreferrer">
              Open in Box
            </a>
          )}
          {open && (
            <>
              <button type="button" onClick={() => ask('resend')}>
                Resend
              </button>
              <button type="button" onClick={() => ask('cancel')}>
                Cancel…
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

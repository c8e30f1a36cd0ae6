// One sent request: what, to whom, when, its status; cancel and resend, each confirmed first.
import { t } from '../../shared/i18n';
import { useState } from 'preact/hooks';
import type { TrackedRequest } from '../../shared/messages';
import { useAction } from '../../ui/useAction';
import type { Background } from '../deps';
import { isErrorStatus, statusWords } from '../result/status';
import { fileNames, safeHref, signers, when } from './words';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';

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
      setDone(t('cancelledDone'));
    });
  const resend = () =>
    action.run(async () => {
      onChange(await background('resendSignRequest', { id: request.id }));
      setConfirming('none');
      setDone(t('resentDone'));
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
          {t('sentTo', signers(request), when(request.createdAt))}
        </span>
      </p>
      <p>
        {t('statusLabel')} <span class={isErrorStatus(request.status) ? 'status error' : 'status'}>{statusWords(request.status)}</span>
        {request.gone && <span class="hint"> {t('sentGone')}</span>}
      </p>
      {request.copyOf !== undefined && <p class="notice">{open ? t('sentCopyOpen') : t('sentCopyDone')}</p>}
      {done && (
        <p class="ok" role="status">
          {done}
        </p>
      )}
      <ErrorAlert message={action.error} />
      {confirming === 'cancel' && (
        <div class="confirm" role="group" aria-label={t('cancelGroup')}>
          <p>{t('cancelConfirm')}</p>
          <TextField id={`${titleId}-reason`} label={t('reasonOptional')} rows={2} maxLength={1000} spellcheck value={reason} onInput={setReason} />
          <div class="actions">
            <button type="button" class="danger" disabled={action.busy} onClick={() => void cancel()}>
              {action.busy ? t('cancelling') : t('cancelRequest')}
            </button>
            <button type="button" disabled={action.busy} onClick={() => setConfirming('none')}>
              {t('keepIt')}
            </button>
          </div>
        </div>
      )}
      {confirming === 'resend' && (
        <div class="confirm" role="group" aria-label={t('resendGroup')}>
          <p>{t('resendConfirm')}</p>
          <div class="actions">
            <button type="button" class="primary" disabled={action.busy} onClick={() => void resend()}>
              {action.busy ? t('resending') : t('resendNow')}
            </button>
            <button type="button" disabled={action.busy} onClick={() => setConfirming('none')}>
              {t('notNow')}
            </button>
          </div>
        </div>
      )}
      {confirming === 'none' && (
        <div class="actions">
          {href && (
            <a class="button" href={href} target="_blank" rel="noopener noreferrer">
              {t('openInBox')}
            </a>
          )}
          {open && (
            <>
              {request.copyOf === undefined && (
                <button type="button" onClick={() => ask('resend')}>
                  {t('resend')}
                </button>
              )}
              <button type="button" onClick={() => ask('cancel')}>
                {t('cancelAsk')}
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

// One sent request: what, to whom, when, its status; cancel and resend, each confirmed first.
import { t } from '../../shared/i18n';
import type { ComponentChildren } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { EditAgainContext, type EditAgainResult } from './edit-again';
import type { TrackedRequest } from '../../shared/messages';
import { useAction } from '../../ui/useAction';
import type { Background } from '../deps';
import { OpenInBox } from '../result/OpenInBox';
import { StatusLine } from '../result/StatusLine';
import { statusAdvice } from '../result/status';
import { fileNames, signers, when } from './words';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { TEXT_RULES, textIssue } from '../../shared/sign-request/text-rules';

type Confirming = 'none' | 'cancel' | 'resend';

export type SentItemProps = { background: Background; request: TrackedRequest; onChange: (r: TrackedRequest) => void };

export function SentItem({ background, request, onChange }: SentItemProps) {
  const { confirming, reason, setReason, done, action, cancel, resend, ask, dismiss } = useItemActions(background, request, onChange);
  const titleId = `sent-${request.id}`;
  const open = !request.terminal && !request.gone;

  return (
    <li class="sent-item" aria-labelledby={titleId}>
      <Summary request={request} titleId={titleId} open={open} />
      {done && (
        <p class="ok" role="status">
          {done}
        </p>
      )}
      <ErrorAlert message={action.error} />
      {confirming === 'cancel' && (
        <Confirm
          label={t('cancelGroup')}
          question={t('cancelConfirm')}
          danger
          busy={action.busy}
          yes={t('cancelRequest')}
          busyYes={t('cancelling')}
          no={t('keepIt')}
          onYes={cancel}
          onNo={dismiss}
        >
          <TextField
            id={`${titleId}-reason`}
            label={t('reasonOptional')}
            rows={2}
            maxLength={TEXT_RULES.cancelReason.max}
            spellcheck
            value={reason}
            onInput={setReason}
            error={reasonIssue(reason) ?? undefined}
          />
        </Confirm>
      )}
      {confirming === 'resend' && (
        <Confirm
          label={t('resendGroup')}
          question={t('resendConfirm')}
          busy={action.busy}
          yes={t('resendNow')}
          busyYes={t('resending')}
          no={t('notNow')}
          onYes={resend}
          onNo={dismiss}
        />
      )}
      {confirming === 'none' && <ItemActions request={request} open={open} onAsk={ask} />}
      {request.status === 'error_converting' && <EditAgainButton id={request.id} />}
    </li>
  );
}

const EDIT_AGAIN_WORDS: Record<Exclude<EditAgainResult, 'here'>, Parameters<typeof t>[0]> = {
  elsewhere: 'sentEditAgainElsewhere',
  none: 'sentEditAgainNone',
};

/** Box could not use the request: back to the form as it was sent (this page's), or where to find it. */
function EditAgainButton({ id }: { id: string }) {
  const editAgain = useContext(EditAgainContext);
  const [result, setResult] = useState<EditAgainResult | null>(null);
  if (!editAgain) return null;
  return (
    <div class="actions">
      <button type="button" onClick={() => void editAgain(id).then(setResult, () => setResult('none'))}>
        {t('resultEditAgain')}
      </button>
      {result !== null && result !== 'here' && (
        <p class="hint" role="status">
          {t(EDIT_AGAIN_WORDS[result])}
        </p>
      )}
    </div>
  );
}

/** Cancel and resend, each asked first; what happened is said once it is done. */
function useItemActions(background: Background, request: TrackedRequest, onChange: (r: TrackedRequest) => void) {
  const [confirming, setConfirming] = useState<Confirming>('none');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const action = useAction();

  const cancel = () =>
    action.run(async () => {
      const trimmed = reason.trim();
      if (reasonIssue(reason)) return; // Said beside the field.
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
  return { confirming, reason, setReason, done, action, cancel, resend, ask, dismiss: () => setConfirming('none') };
}

/** Why the typed reason cannot be sent, or null: the protocol's own rule. */
function reasonIssue(reason: string): string | null {
  return textIssue(TEXT_RULES.cancelReason, reason.trim());
}

/** What was sent, to whom and when, its status, and whether it is an extra copy from a dropped connection. */
function Summary({ request, titleId, open }: { request: TrackedRequest; titleId: string; open: boolean }) {
  return (
    <>
        <p class="sent-what">
          <strong id={titleId}>{fileNames(request)}</strong>
          <br />
          <span class="hint">
            {t('sentTo', signers(request), when(request.createdAt))}
          </span>
        </p>
        <p>
          <StatusLine status={request.status} />
          {request.gone && <span class="hint"> {t('sentGone')}</span>}
          {statusAdvice(request.status) && <span class="hint"> {statusAdvice(request.status)}</span>}
        </p>
        {request.copyOf !== undefined && <p class="notice">{open ? t('sentCopyOpen') : t('sentCopyDone')}</p>}
    </>
  );
}

/** Open in Box; for a request still open, resend (not for an extra copy, which is being cancelled) and cancel. */
function ItemActions({ request, open, onAsk }: { request: TrackedRequest; open: boolean; onAsk: (which: Confirming) => void }) {
  return (
    <div class="actions">
      <OpenInBox url={request.openUrl} />
      {open && (
        <>
          {request.copyOf === undefined && (
            <button type="button" onClick={() => onAsk('resend')}>
              {t('resend')}
            </button>
          )}
          <button type="button" onClick={() => onAsk('cancel')}>
            {t('cancelAsk')}
          </button>
        </>
      )}
    </div>
  );
}

type ConfirmProps = {
  label: string;
  question: string;
  busy: boolean;
  /** The button that goes ahead, its label while busy, and the one that goes back. */
  yes: string;
  busyYes: string;
  no: string;
  /** Cancelling cannot be undone: its button is red. */
  danger?: boolean;
  onYes: () => Promise<void>;
  onNo: () => void;
  children?: ComponentChildren;
};

function Confirm({ label, question, busy, yes, busyYes, no, danger = false, onYes, onNo, children }: ConfirmProps) {
  return (
    <div class="confirm" role="group" aria-label={label}>
      <p>{question}</p>
      {children}
      <div class="actions">
        <button type="button" class={danger ? 'danger' : 'primary'} disabled={busy} onClick={() => void onYes()}>
          {busy ? busyYes : yes}
        </button>
        <button type="button" disabled={busy} onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}

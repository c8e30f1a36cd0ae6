// What can be done with one request, where Box allows it: open it in Box, open the signed documents and
// the signing log once ready, resend (not within 10 minutes of Box's last email), cancel with a reason,
// copy its signers into a new request. The background checks resend and cancel again.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { ListedRequest } from '../shared/requests-cache';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useAction } from '../ui/useAction';
import { canCancel, canResend, isSigned, resendWait } from '../ui/requests/model';
import { fileUrl, requestUrl } from './box-links';
import { useOpenable } from '../ui/openable';
import type { RequestsDeps } from './deps';
import { copySigners } from './copy-signers';

export type ActionDeps = Pick<RequestsDeps, 'background' | 'session' | 'openTab'>;

function BoxLink({ href, children }: { href: string | null; children: string }) {
  if (!href) return null;
  return <a class="button" href={href} target="_blank" rel="noopener noreferrer">{children}</a>;
}

export function RequestActions({ request: r, now, deps }: { request: ListedRequest; now: number; deps: ActionDeps }) {
  const action = useAction();
  const openable = useOpenable();
  const [done, setDone] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const wait = resendWait(r, now);
  const ready = isSigned(r.status) && r.signFilesReady;
  const run = (work: () => Promise<void>, message: string) => action.run(async () => {
    setDone(null);
    await work();
    setDone(message);
  });
  const reasonId = `cancel-reason-${r.id}`;
  return (
    <div class="request-actions">
      <div class="actions">
        <BoxLink href={requestUrl(r.prepareUrl, r.parentFolderId, openable)}>{t('reqOpenInBox')}</BoxLink>
        {ready && r.signFiles.map((f) => (
          <BoxLink key={f.id} href={fileUrl(f.id)}>{t('reqSignedDocument', f.name)}</BoxLink>
        ))}
        {r.signingLog && ready && <BoxLink href={fileUrl(r.signingLog.id)}>{t('reqSigningLog')}</BoxLink>}
        {canResend(r) && (
          <button type="button" disabled={action.busy || wait > 0} aria-describedby={wait > 0 ? `resend-wait-${r.id}` : undefined}
            onClick={() => run(() => deps.background('resendListedRequest', { id: r.id }).then(() => undefined), t('reqResent'))}>
            {t('reqResend')}
          </button>
        )}
        {canCancel(r) && !cancelling && <button type="button" onClick={() => setCancelling(true)}>{t('reqCancel')}</button>}
        <button type="button" disabled={action.busy} onClick={() => run(() => copySigners(deps, r), t('reqCopied'))}>{t('reqCopySigners')}</button>
      </div>
      {canResend(r) && wait > 0 && (
        <p class="muted" id={`resend-wait-${r.id}`}>{t('reqResendWait', Math.ceil(wait / 60_000))}</p>
      )}
      {cancelling && (
        <form class="cancel-form" onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await deps.background('cancelListedRequest', { id: r.id, ...(reason.trim() ? { reason } : {}) });
            setCancelling(false);
          }, t('reqCancelled'));
        }}>
          <div class="field">
            <label for={reasonId}>{t('reqCancelReason')}</label>
            <textarea id={reasonId} rows={2} maxLength={1000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </div>
          <div class="actions">
            <button type="submit" class="danger" disabled={action.busy}>{t('reqCancelConfirm')}</button>
            <button type="button" onClick={() => setCancelling(false)}>{t('reqCancelKeep')}</button>
          </div>
        </form>
      )}
      <ErrorAlert message={action.error} />
      {done && <p class="ok" role="status">{done}</p>}
    </div>
  );
}

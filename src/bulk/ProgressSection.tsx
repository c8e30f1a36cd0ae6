// A batch on its way: the progress bar (done / failed / remaining, time left), Pause, Resume, Cancel,
// each row's status and link, Retry failed rows and Download results.
import type { BulkView } from '../shared/messages';
import { errorWords } from '../platform/box-words';
import { timeLeftText } from './results';
import { words } from './words';
import { useOpenable } from '../ui/openable';

type Props = {
  view: BulkView;
  busy: boolean;
  onControl: (action: 'pause' | 'resume' | 'cancel' | 'retry-failed') => void;
  onNewPasswords: () => void;
  onDownload: () => void;
  hasGenerated: boolean;
  withPasswords: boolean;
  onWithPasswords: (on: boolean) => void;
};

export function ProgressSection({ view, busy, onControl, onNewPasswords, onDownload, hasGenerated, withPasswords, onWithPasswords }: Props) {
  const { done, failed, remaining } = view.counts;
  const total = done + failed + remaining;
  const summary = `${words.counts(done, failed, remaining)}${view.state === 'running' && view.etaMs !== null ? ` · ${timeLeftText(view.etaMs)}` : ''}`;
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{words.progress}</h2>
      <div role="progressbar" aria-label={words.progress} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done + failed} aria-valuetext={summary}>
        <progress max={total} value={done + failed} aria-hidden="true" />
      </div>
      <p aria-live="polite">{summary}</p>
      {view.pausedReason && (
        <p class="error" role="alert">
          {view.pausedReason}
        </p>
      )}
      <div class="row-actions">
        {view.state === 'running' && <button type="button" disabled={busy} onClick={() => onControl('pause')}>{words.pause}</button>}
        {view.state === 'paused' && !view.pausedReason && <button type="button" disabled={busy} onClick={() => onControl('resume')}>{words.resume}</button>}
        {view.state === 'paused' && view.pausedReason && <button type="button" disabled={busy} onClick={onNewPasswords}>{words.newPasswords}</button>}
        {(view.state === 'running' || view.state === 'paused') && <button type="button" disabled={busy} onClick={() => onControl('cancel')}>{words.cancel}</button>}
        {failed > 0 && view.state !== 'cancelled' && <button type="button" disabled={busy} onClick={() => onControl('retry-failed')}>{words.retryFailed}</button>}
        <button type="button" onClick={onDownload}>{words.downloadResults}</button>
        {hasGenerated && (
          <label class="choice">
            <input type="checkbox" checked={withPasswords} onChange={(e) => onWithPasswords(e.currentTarget.checked)} /> {words.includePasswords}
          </label>
        )}
      </div>
      <table aria-label={words.progress}>
        <thead>
          <tr>
            <th scope="col">{words.col.email}</th>
            <th scope="col">{words.col.status}</th>
            <th scope="col">{words.col.request}</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.id} data-status={row.status}>
              <td>{row.email}</td>
              <td class={row.status === 'failed' ? 'problem' : undefined}>
                {words.status[row.status]}
                {row.error ? `: ${errorWords(row.error)}` : ''}
              </td>
              <td><RowLink link={row.link} requestId={row.requestId} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The request's Box link when it passes the one rule for opened addresses (https on Box or a granted company host); else the ID as text. */
function RowLink({ link, requestId }: { link: string | null; requestId: string | null }) {
  const href = useOpenable()(link);
  return href ? <a href={href} target="_blank" rel="noreferrer">{words.open}</a> : <>{link ?? requestId ?? ''}</>;
}

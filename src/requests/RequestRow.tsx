// One request in the list: a summary line to scan (name, status, a mark per signer, when), and, opened,
// its files, dates, each signer's state and the actions Box allows.
import { memo } from 'preact/compat';
import { t } from '../shared/i18n';
import type { ListedRequest } from '../shared/requests-cache';
import { daysLeft, needsAttention, recipients } from '../ui/requests/model';
import { RequestActions, type ActionDeps } from './RequestActions';
import { Progress } from './Progress';
import { SignerTable } from './SignerTable';
import { expiryWords, formatDate, statusLabel } from './words';

type Props = {
  request: ListedRequest; now: number; open: boolean; fromHere: boolean; deps: ActionDeps;
  onToggle: (id: string, open: boolean) => void;
};

function RequestRowImpl({ request: r, now, open, fromHere, deps, onToggle }: Props) {
  const people = recipients(r);
  const left = daysLeft(r, now);
  const attention = needsAttention(r, now);
  return (
    <li class={`request${attention ? ' attention' : ''}`} id={`request-${r.id}`}>
      <details open={open} onToggle={(e) => {
        const isOpen = (e.currentTarget as HTMLDetailsElement).open;
        if (isOpen !== open) onToggle(r.id, isOpen);
      }}>
        <summary>
          <span class="request-name">{r.name}</span>
          <span class={`status status-${r.status.replace(/[^a-z_]/g, '')}`}>{statusLabel(r.status)}</span>
          <Progress signers={people.filter((s) => s.role !== 'final_copy_reader')} />
          <span class="request-when">
            {left !== null ? <span class={left <= 7 ? 'expiring' : undefined}>{expiryWords(left)}</span> : formatDate(r.finishedAt ?? r.createdAt)}
          </span>
        </summary>
        {/* Built only when opened: 2,000 closed rows stay light. */}
        {open && <div class="request-body">
          <dl class="request-facts">
            <dt>{t('reqFiles')}</dt>
            <dd>{r.files.length > 0 ? r.files.map((f) => f.name).join(', ') : r.signFiles.map((f) => f.name).join(', ') || '—'}</dd>
            <dt>{t('reqCreated')}</dt>
            <dd>{formatDate(r.createdAt)}{fromHere ? ` · ${t('reqFromHere')}` : ''}</dd>
            {r.finishedAt !== null && (<><dt>{t('reqFinished')}</dt><dd>{formatDate(r.finishedAt)}</dd></>)}
            {r.expiresAt !== null && (
              <><dt>{t('reqExpires')}</dt><dd>{formatDate(r.expiresAt)}{left !== null ? ` (${expiryWords(left)})` : ''}</dd></>
            )}
          </dl>
          <SignerTable signers={people} />
          <RequestActions request={r} now={now} deps={deps} />
        </div>}
      </details>
    </li>
  );
}

export const RequestRow = memo(RequestRowImpl);

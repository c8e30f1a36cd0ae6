// "All requests": every sign request Box lists for the connected user, with each signer's state,
// filters, search and sort. The cached list shows at once; the first rows render first and more follow
// on demand, so 2,000 requests open as fast as 100.
import { useCallback, useMemo, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { errorWords } from '../platform/box-words';
import { FILTERS, inFilter, searchText, visibleRequests, type Filter, type Sort } from '../ui/requests/model';
import type { ListedRequest } from '../shared/requests-cache';
import { groupBatches } from '../ui/batch-groups';
import type { RequestsDeps } from './deps';
import { RequestRow } from './RequestRow';
import { Toolbar } from './Toolbar';
import { useRequests } from './useRequests';
import { BoxHostsProvider } from '../ui/box-hosts';
import { formatDate } from './words';

/** Rows rendered at first, and added by "Show more". */
export const PAGE_ROWS = 100;

const initialOpen = (): Set<string> => {
  const id = decodeURIComponent(location.hash.slice(1));
  return new Set(id ? [id] : []);
};

export function RequestsApp({ deps }: { deps: RequestsDeps }) {
  const { cache, complete, requests, sentHere, refreshing, refresh } = useRequests(deps);
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('newest');
  const [shown, setShown] = useState(PAGE_ROWS);
  const [open, setOpen] = useState<Set<string>>(initialOpen);
  const now = deps.now();

  const texts = useMemo(() => new Map(requests.map((r) => [r.id, searchText(r)])), [requests]);
  const counts = useMemo(() => {
    const out = Object.fromEntries(FILTERS.map((f) => [f, 0])) as Record<Filter, number>;
    for (const r of requests) for (const f of FILTERS) if (inFilter(r, f, now)) out[f]++;
    return out;
  }, [requests]);
  const visible = useMemo(() => visibleRequests(requests, texts, filter, query, sort, now), [requests, texts, filter, query, sort]);
  const groups = useMemo(() => groupBatches(visible, (r) => r.batch), [visible]);
  const onToggle = useCallback((id: string, isOpen: boolean) => setOpen((prev) => {
    const next = new Set(prev);
    if (isOpen) next.add(id);
    else next.delete(id);
    return next;
  }), []);
  const actionDeps = useMemo(() => ({ background: deps.background, session: deps.session, openTab: deps.openTab }), [deps]);
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setShown(PAGE_ROWS);
  };

  return (
    <BoxHostsProvider load={deps.companyHosts}>
      <main class="requests-page">
        <header class="page-head">
          <h1>{t('reqAllRequests')}</h1>
          <div class="refresh">
            <span class="muted" aria-live="polite">
              {cache?.refreshedAt ? t('reqRefreshedAt', formatDate(cache.refreshedAt)) : t('reqNeverRefreshed')}
            </span>
            <button type="button" onClick={refresh} disabled={refreshing}>{refreshing ? t('reqRefreshing') : t('reqRefresh')}</button>
          </div>
        </header>
        {cache?.error && <p class="error" role="alert">{errorWords(cache.error)}</p>}
        <Toolbar filter={filter} counts={counts} onFilter={reset(setFilter)} query={query} onQuery={reset(setQuery)} sort={sort} onSort={reset(setSort)} />
        <p class="result-count" role="status">{cache === null || !complete ? t('reqLoading') : t('reqShowingCount', visible.length, requests.length)}</p>
        {cache !== null && visible.length === 0 && <p class="empty">{requests.length === 0 ? t('reqEmpty') : t('reqNoMatch')}</p>}
        <ul class="request-list">
          {groups.slice(0, shown).map((group) => {
            const row = (r: ListedRequest) => <RequestRow key={r.id} request={r} now={now} open={open.has(r.id)} fromHere={sentHere.has(r.id)} deps={actionDeps} onToggle={onToggle} />;
            if (group.kind === 'one') return row(group.item);
            // A Bulk send batch (its external_id says which): one entry, its requests inside.
            return (
              <li key={`batch-${group.id}`} class="request-batch">
                <details open={group.items.some((r) => open.has(r.id))}>
                  <summary>{t('batchGroup', group.items.length)}</summary>
                  <ul class="request-list">{group.items.map(row)}</ul>
                </details>
              </li>
            );
          })}
        </ul>
        {groups.length > shown && (
          <button type="button" class="show-more" onClick={() => setShown((n) => n + PAGE_ROWS)}>
            {t('reqShowMore', Math.min(PAGE_ROWS, groups.length - shown), groups.length - shown)}
          </button>
        )}
      </main>
    </BoxHostsProvider>
  );
}

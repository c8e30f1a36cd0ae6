// Filters (with counts), search and sort: plain buttons, a search field and a select, all labelled and
// reachable with the keyboard.
import { t, type PlainKey } from '../shared/i18n';
import type { Filter, Sort } from '../ui/requests/model';
import { FILTERS, SORTS } from '../ui/requests/model';

const FILTER_WORDS: Record<Filter, PlainKey> = {
  all: 'reqFilterAll', attention: 'reqFilterAttention', waiting: 'reqFilterWaiting', finished: 'reqFilterFinished', cancelled: 'reqFilterCancelled',
};
const SORT_WORDS: Record<Sort, PlainKey> = {
  newest: 'reqSortNewest', oldest: 'reqSortOldest', expiring: 'reqSortExpiring', name: 'reqSortName', finished: 'reqSortFinished',
};

type Props = {
  filter: Filter;
  counts: Record<Filter, number>;
  onFilter: (f: Filter) => void;
  query: string;
  onQuery: (q: string) => void;
  sort: Sort;
  onSort: (s: Sort) => void;
};

export function Toolbar({ filter, counts, onFilter, query, onQuery, sort, onSort }: Props) {
  return (
    <div class="toolbar">
      <div class="filters" role="group" aria-label={t('reqFiltersLabel')}>
        {FILTERS.map((f) => (
          <button key={f} type="button" class="filter" aria-pressed={filter === f} onClick={() => onFilter(f)}>
            {t(FILTER_WORDS[f])} <span class="count">{counts[f]}</span>
          </button>
        ))}
      </div>
      <div class="search-sort">
        <div class="field">
          <label for="req-search">{t('reqSearchLabel')}</label>
          <input id="req-search" type="search" value={query} placeholder={t('reqSearchHint')} onInput={(e) => onQuery(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="req-sort">{t('reqSortLabel')}</label>
          <select id="req-sort" value={sort} onChange={(e) => onSort(e.currentTarget.value as Sort)}>
            {SORTS.map((s) => <option key={s} value={s}>{t(SORT_WORDS[s])}</option>)}
          </select>
        </div>
      </div>
    </div>
  );
}

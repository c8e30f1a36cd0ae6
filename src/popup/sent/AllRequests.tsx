// The Sent tab's window onto "All requests": how many of the user's requests in Box need attention,
// the latest few, and the link to the full page. Read from the cached list (storage.local) only: the
// popup does not make the worker walk Box.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { REQUESTS_KEY, type RequestsCache } from '../../shared/requests-cache';
import { parseCache } from '../../ui/requests/cache-check';
import { needsAttention } from '../../ui/requests/model';
import type { AllRequestsDeps } from './deps';
import { statusWords } from '../result/status';

const LATEST = 3;

export function AllRequests({ area, open, now = Date.now }: AllRequestsDeps & { now?: () => number }) {
  const [cache, setCache] = useState<RequestsCache | null>(null);
  useEffect(() => {
    area.get(REQUESTS_KEY).then((got) => setCache(parseCache(got[REQUESTS_KEY])), () => undefined);
  }, [area]);
  const at = now();
  const latest = cache ? [...cache.requests].sort((a, b) => b.createdAt - a.createdAt).slice(0, LATEST) : [];
  const attention = cache ? cache.requests.filter((r) => needsAttention(r, at)).length : 0;
  return (
    <div class="all-requests">
      <div class="sent-head">
        <a href="#" onClick={(e) => { e.preventDefault(); open(); }}>{t('reqAllRequests')}</a>
        {attention > 0 && <span class="attention-count">{t('reqPopupAttention', attention)}</span>}
      </div>
      {latest.length > 0 && (
        <>
          <h3 class="hint">{t('reqPopupLatest')}</h3>
          <ul class="latest-requests">
            {latest.map((r) => <li key={r.id}><span class="name">{r.name}</span> <span class="hint">{statusWords(r.status)}</span></li>)}
          </ul>
        </>
      )}
    </div>
  );
}

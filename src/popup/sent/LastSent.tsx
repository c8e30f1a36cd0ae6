// "Last sent": a send that finished while no popup was open (the popup closed mid-send) is
// shown on the next opening, once. A send still under way in the background is waited for.
import { t } from '../../shared/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { SentList, TrackedRequest } from '../../shared/messages';
import type { Background } from '../deps';
import { LastSentNotice } from './LastSentNotice';

/** How long a finished send counts as "just sent". */
const RECENT_MS = 24 * 60 * 60_000;
/** While a send is under way: ask about once a second, for at most a minute and a half. */
const MAX_WAITS = 90;

export function LastSent({ background, onShowAll, pollIntervalMs = 1000 }: { background: Background; onShowAll: () => void; pollIntervalMs?: number }) {
  const { shown, sending } = useLastSent(background, pollIntervalMs);
  if (shown) return <LastSentNotice shown={shown} onShowAll={onShowAll} />;
  if (sending) {
    return (
      <p class="notice" role="status">
        {t('stillOnWayYours')}
      </p>
    );
  }
  return null;
}

/** The newest send the user has not seen (marked seen once shown), and whether one is still under way. */
function useLastSent(background: Background, pollIntervalMs: number) {
  const [sending, setSending] = useState(false);
  const [shown, setShown] = useState<TrackedRequest | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waits = 0;
    const look = async () => {
      let list: SentList;
      try {
        list = await background('listSent', {});
      } catch {
        return; // nothing to add to the popup
      }
      if (stopped) return;
      const unseen = list.requests.filter((r) => !r.seen && Date.now() - r.createdAt < RECENT_MS);
      if (unseen[0]) {
        setShown(unseen[0]);
        void background('ackSent', { ids: unseen.map((r) => r.id) }).catch(() => undefined);
      }
      setSending(list.sending > 0);
      if (list.sending > 0 && waits++ < MAX_WAITS) timer = setTimeout(() => void look(), pollIntervalMs);
    };
    void look();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [background]);
  return { shown, sending };
}

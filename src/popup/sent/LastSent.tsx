// "Last sent": a send that finished while no popup was open (the popup closed mid-send) is
// shown on the next opening, once. A send still under way in the background is waited for.
import { useEffect, useState } from 'preact/hooks';
import type { SentList, TrackedRequest } from '../../shared/messages';
import type { Background } from '../deps';
import { isErrorStatus, statusWords } from '../status';
import { fileNames, safeHref, signers } from './words';

/** How long a finished send counts as "just sent". */
export const RECENT_MS = 24 * 60 * 60_000;
/** While a send is under way: ask about once a second, for at most a minute and a half. */
const MAX_WAITS = 90;

export function LastSent({ background, onShowAll, pollIntervalMs = 1000 }: { background: Background; onShowAll: () => void; pollIntervalMs?: number }) {
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

  if (shown) {
    const href = safeHref(shown.openUrl);
    return (
      <section class="notice last-sent" aria-labelledby="last-sent-title">
        <h2 id="last-sent-title">Last sent</h2>
        <p>
          <strong>{fileNames(shown)}</strong> to {signers(shown)}
        </p>
        <p role="status">
          Status: <span class={isErrorStatus(shown.status) ? 'status error' : 'status'}>{statusWords(shown.status)}</span>
        </p>
        <div class="actions">
          {href && (
            <a class="button" href={href} target="_blank" rel="noopener noreferrer">
              Open in Box
            </a>
          )}
          <button type="button" class="link" onClick={onShowAll}>
            See all sent requests
          </button>
        </div>
      </section>
    );
  }
  if (sending) {
    return (
      <p class="notice" role="status">
        A request you sent is still on its way to Box…
      </p>
    );
  }
  return null;
}

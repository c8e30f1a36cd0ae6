// "Sent": requests sent from this browser, newest first, with their status as Box last
// reported it. Opening the view asks Box once (the background limits how often); while it is
// open, what the alarm learns shows up on its own.
import { t } from '../../shared/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { SentList, TrackedRequest } from '../../shared/messages';
import { errorMessage } from '../../ui/errors';
import type { Background } from '../deps';
import type { SentDeps } from './deps';
import { NotificationsToggle } from './NotificationsToggle';
import { SentItem } from './SentItem';
import { AllRequests } from './AllRequests';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { groupBatches } from '../../ui/batch-groups';

export type SentViewProps = SentDeps & { background: Background; pollIntervalMs?: number | undefined };

export function SentView({ background, notificationPermission, allRequests, pollIntervalMs = 1000 }: SentViewProps) {
  const { list, setList, error, refreshing, refresh, replace } = useSentList(background, pollIntervalMs);

  return (
    <section aria-labelledby="sent-title" class="sent-view">
      <div class="sent-head">
        <h2 id="sent-title">{t('sentTitle')}</h2>
        <button type="button" onClick={() => void refresh()} disabled={refreshing}>
          {refreshing ? t('refreshing') : t('refresh')}
        </button>
      </div>
      <ErrorAlert message={error} />
      {allRequests && <AllRequests {...allRequests} />}
      {list === null ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          {list.sending > 0 && <p class="notice" role="status">{t('stillOnWay')}</p>}
          {list.requests.length === 0 ? (
            <p class="hint">{t('sentEmpty')}</p>
          ) : (
            <ul class="sent-list">
              {groupBatches(list.requests, (request) => request.batch?.id).map((group) =>
                group.kind === 'one' ? (
                  <SentItem key={group.item.id} background={background} request={group.item} onChange={replace} />
                ) : (
                  // A Bulk send batch: one entry, its requests inside.
                  <li key={`batch-${group.id}`} class="sent-batch">
                    <details>
                      <summary>{t('batchGroup', group.items.length)}</summary>
                      <ul class="sent-list">
                        {group.items.map((request) => (
                          <SentItem key={request.id} background={background} request={request} onChange={replace} />
                        ))}
                      </ul>
                    </details>
                  </li>
                ),
              )}
            </ul>
          )}
          {notificationPermission && (
            <NotificationsToggle background={background} permission={notificationPermission} state={list.notifications} onChange={setList} />
          )}
        </>
      )}
    </section>
  );
}

/** The list: re-read from storage while the view is open, and refreshed from Box on opening and on request. */
function useSentList(background: Background, pollIntervalMs: number) {
  const [list, setList] = useState<SentList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState(false);

  const refresh = async () => {
    setRefreshing(true);
    try {
      setList(await background('refreshSent', {}));
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setRefreshing(false);
    }
  };

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Storage only (no Box call): cheap enough to repeat while the view is open.
    const reread = async () => {
      try {
        const next = await background('listSent', {});
        if (!stopped) setList(next);
      } catch {
        // keep what is shown
      }
      if (!stopped) timer = setTimeout(() => void reread(), pollIntervalMs * 5);
    };
    void reread().then(() => refresh());
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [background]);

  const replace = (updated: TrackedRequest) =>
    setList((current) => current && { ...current, requests: current.requests.map((r) => (r.id === updated.id ? updated : r)) });
  return { list, setList, error, refreshing, refresh, replace };
}

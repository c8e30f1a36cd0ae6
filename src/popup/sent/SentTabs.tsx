// The popup's two views: "Send" (the form, kept mounted so nothing typed is lost while the
// user looks at "Sent") and "Sent" (requests sent from this browser).
import { t } from '../../shared/i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Background } from '../deps';
import type { SentDeps } from './deps';
import { lazyComponent, whenIdle } from '../../ui/lazy';
import './sent.css';
import { EditAgainContext, type EditAgain } from './edit-again';

type Tab = 'send' | 'sent';

/** Loaded when the tab is first opened (or once the popup is idle): not needed for the form. */
export const SentView = lazyComponent(() => import('./SentView').then((m) => m.SentView));
/**
 * "Last sent" with its notice, loaded and shown once the popup is idle (after the form's first paint):
 * most openings have nothing to show, and the form does not wait for its code, nor for its question to
 * the background. Mounted at once, its load ran in the effects Preact flushes as it renders the form.
 */
export const LastSent = lazyComponent(() => import('./LastSent').then((m) => m.LastSent));

export type SentTabsProps = SentDeps & {
  background: Background;
  children: ComponentChildren;
  pollIntervalMs?: number;
  /** Brings a sent request's draft back (see edit-again.ts); the form is shown when it is this page's. */
  editAgain?: EditAgain | undefined;
};

export function SentTabs(props: SentTabsProps) {
  const [tab, setTab] = useState<Tab>('send');
  const { editAgain } = props;
  const editAgainHere: EditAgain | null = editAgain
    ? async (id) => {
        const result = await editAgain(id);
        if (result === 'here') setTab('send');
        return result;
      }
    : null;
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  useEffect(() => void (idle && SentView.preload().catch(() => undefined)), [idle]);
  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={tab === id}
      aria-controls={`panel-${id}`}
      class={tab === id ? 'tab selected' : 'tab'}
      onClick={() => setTab(id)}
    >
      {label}
    </button>
  );
  return (
    <EditAgainContext.Provider value={editAgainHere}>
      <div role="tablist" aria-label={t('tabsLabel')} class="tabs">
        {tabButton('send', t('tabSend'))}
        {tabButton('sent', t('tabSent'))}
      </div>
      <div role="tabpanel" id="panel-send" aria-labelledby="tab-send" hidden={tab !== 'send'}>
        {idle && <LastSent background={props.background} onShowAll={() => setTab('sent')} pollIntervalMs={props.pollIntervalMs} />}
        {props.children}
      </div>
      {tab === 'sent' && (
        <div role="tabpanel" id="panel-sent" aria-labelledby="tab-sent">
          <SentView background={props.background} notificationPermission={props.notificationPermission} allRequests={props.allRequests} pollIntervalMs={props.pollIntervalMs} />
        </div>
      )}
    </EditAgainContext.Provider>
  );
}

// The popup: finds the Box files of the user's tab, then lets them send them for signature.
import { t } from '../shared/i18n';
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { AuthState } from '../shared/messages';
import { BoxHostsProvider } from '../ui/box-hosts';
import type { PopupDeps } from './deps';
import { SendFlow } from './form/SendFlow';
import { loadSetup, type Setup } from './setup';
import { SentTabs, withSendAck, type SentDeps } from './sent';
import type { EditAgain } from './sent/edit-again';
import { createDraftStore } from './form/draft';
import { lazyComponent, whenIdle } from '../ui/lazy';

/** The screens shown instead of the form (not connected, no file, a failure): loaded when one is shown. */
export const ConnectAccount = lazyComponent(() => import('./EmptyStates').then((m) => m.ConnectAccount));
export const NoFile = lazyComponent(() => import('./EmptyStates').then((m) => m.NoFile));
export const LoadFailed = lazyComponent(() => import('./EmptyStates').then((m) => m.LoadFailed));
/** The warning that the connection is about to lapse: loaded when the background's answer about it comes, after the form. */
const ReconnectNotice = lazyComponent(() => import('../ui/ReconnectNotice').then((m) => m.ReconnectNotice));

export type PopupProps = PopupDeps & SentDeps & {
  /** How often to re-read a request Box is still converting. Tests shorten it. */
  pollIntervalMs?: number;
};

export function App(props: PopupProps) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [auth, setAuth] = useState<AuthState | null>(null);
  const [attempt, setAttempt] = useState(0);
  // A send answered here is seen here; one whose popup closed first shows as "Last sent" next time.
  const background = useMemo(() => withSendAck(props.background), [props.background]);
  // The company Box hosts only matter to links (Open in Box, a request's documents): read once the popup is
  // idle. Read at once, the permissions API's first use (the page setting up its bindings) ran among the
  // effects Preact flushes as it renders the form.
  const companyHosts = useMemo(() => {
    const load = props.companyHosts;
    return load && (() => new Promise<void>((resolve) => whenIdle(resolve)).then(load));
  }, [props.companyHosts]);

  // A layout effect runs as the first render is committed; a plain effect would wait for a frame to be painted.
  useLayoutEffect(() => {
    let current = true;
    setSetup(null);
    void loadSetup(props, (result) => current && setSetup(result), (state) => current && setAuth(state));
    return () => void (current = false);
    // Deps are fixed for the popup's life; only "Try again" reloads.
  }, [attempt]);

  // A request Box could not use: its draft back on its page; this popup's form reloads when it is this page's.
  const editAgain: EditAgain = async (id) => {
    const page = await createDraftStore(props.draftArea).restore(id);
    if (page === null) return 'none';
    if (setup?.kind !== 'ready' || setup.draftKey !== page) return 'elsewhere';
    setAttempt((n) => n + 1);
    return 'here';
  };

  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {auth && <ReconnectNotice auth={auth} />}
      <BoxHostsProvider load={companyHosts}>
        <SentTabs background={background} notificationPermission={props.notificationPermission} allRequests={props.allRequests} editAgain={editAgain}>
          <Body setup={setup} props={{ ...props, background }} retry={() => setAttempt((n) => n + 1)} />
        </SentTabs>
      </BoxHostsProvider>
    </main>
  );
}

function Body({ setup, props, retry }: { setup: Setup | null; props: PopupProps; retry: () => void }) {
  if (setup === null) return <p role="status">{t('loading')}</p>;
  switch (setup.kind) {
    case 'disconnected':
      return <ConnectAccount openOptionsPage={props.openOptionsPage} />;
    case 'noFile':
      return <NoFile reasons={setup.reasons} />;
    case 'failed':
      return <LoadFailed message={setup.message} retry={retry} />;
    case 'ready':
      return (
        <SendFlow
          background={props.background}
          draftArea={props.draftArea}
          recentArea={props.recentArea}
          openTab={props.openTab}
          settings={setup.settings}
          rules={setup.rules}
          offer={setup.offer}
          initialTicked={setup.ticked}
          initialDraft={setup.draft}
          draftKey={setup.draftKey}
          pollIntervalMs={props.pollIntervalMs ?? 3000}
        />
      );
  }
}

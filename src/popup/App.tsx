// The popup: finds the Box files of the user's tab, then lets them send them for signature.
import { useEffect, useState } from 'preact/hooks';
import type { PopupDeps } from './deps';
import { ConnectAccount, LoadFailed, NoFile } from './EmptyStates';
import { SendFlow } from './SendFlow';
import { loadSetup, type Setup } from './setup';

export type PopupProps = PopupDeps & {
  /** How often to re-read a request Box is still converting. Tests shorten it. */
  pollIntervalMs?: number;
};

export function App(props: PopupProps) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setSetup(null);
    void loadSetup(props).then((result) => current && setSetup(result));
    return () => void (current = false);
    // Deps are fixed for the popup's life; only "Try again" reloads.
  }, [attempt]);

  return (
    <main class="popup">
      <h1>Secure Sign for Box</h1>
      <Body setup={setup} props={props} retry={() => setAttempt((n) => n + 1)} />
    </main>
  );
}

function Body({ setup, props, retry }: { setup: Setup | null; props: PopupProps; retry: () => void }) {
  if (setup === null) return <p role="status">Loading…</p>;
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
          settings={setup.settings}
          offer={setup.offer}
          initialTicked={setup.ticked}
          initialDraft={setup.draft}
          draftKey={setup.draftKey}
          pollIntervalMs={props.pollIntervalMs ?? 3000}
        />
      );
  }
}

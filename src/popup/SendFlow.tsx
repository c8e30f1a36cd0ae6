// Form → sending → result. Owns what the user typed (the password only in memory), the ticked
// files, and the draft in storage.session, so a failed send or a closed popup loses nothing.
import { useMemo, useState } from 'preact/hooks';
import type { SignRequestSummary } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { SignFormDraft, SignMethod, SignRequestInput } from '../shared/sign-form';
import type { StorageArea } from '../shared/storage-area';
import { errorMessage } from '../ui/errors';
import type { Background } from './deps';
import { createDraftStore, defaultDraft } from './draft';
import { FilePicker } from './FilePicker';
import { setTicked } from './offer';
import { PageNotes } from './PageNotes';
import { ResultView } from './ResultView';
import { sendBlock } from './send-block';
import { SendForm } from './SendForm';
import { SentFiles } from './SentFiles';
import type { Offer } from './setup';
import { UnknownOutcome } from './UnknownOutcome';
import { useFileLookups } from './useFileLookups';

export type SendFlowProps = {
  background: Background;
  draftArea: StorageArea;
  settings: Settings;
  offer: Offer;
  initialTicked: string[];
  initialDraft: SignFormDraft;
  draftKey: string;
  pollIntervalMs: number;
};

type Phase =
  | { kind: 'form' }
  | { kind: 'sent'; request: SignRequestSummary; signerEmail: string; method: SignMethod }
  | { kind: 'unknown' };

export function SendFlow(props: SendFlowProps) {
  const { background, offer, settings, draftKey } = props;
  const drafts = useMemo(() => createDraftStore(props.draftArea), [props.draftArea]);
  const [draft, setDraft] = useState(props.initialDraft);
  const [ticked, setTickedIds] = useState(props.initialTicked);
  const [password, setPassword] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const { lookups, retry } = useFileLookups(background, offer.sharedLink, ticked, offer.known);

  const save = (form: SignFormDraft, ids: string[]) =>
    void drafts.save(draftKey, form, { ticked: ids, pageChoice: offer.pageChoice });
  const changeDraft = (next: SignFormDraft) => {
    setDraft(next);
    save(next, ticked);
  };
  const tick = (id: string, on: boolean) => {
    const next = setTicked(offer.files, ticked, id, on);
    setTickedIds(next);
    save(draft, next);
  };

  const send = async (request: SignRequestInput) => {
    setSending(true);
    setSendError(null);
    try {
      const outcome = await background('sendSignRequest', request);
      if (outcome.outcome === 'sent') {
        await drafts.clear(draftKey);
        setPhase({ kind: 'sent', request: outcome.request, signerEmail: request.signer.email, method: draft.method });
        setPassword(''); // Done with it: drop it from memory too.
      } else {
        setPhase({ kind: 'unknown' });
      }
    } catch (error) {
      // Everything typed stays, password included, so pressing Send again is enough.
      setSendError(errorMessage(error));
    } finally {
      setSending(false);
    }
  };

  // The same files stay ticked: sending them to another signer is the likely next step.
  const sendAnother = () => {
    setDraft(defaultDraft(settings));
    setPassword('');
    setSendError(null);
    setPhase({ kind: 'form' });
  };

  if (phase.kind !== 'form') {
    const sentFiles = offer.files.filter((file) => ticked.includes(file.id));
    return (
      <>
        <SentFiles files={sentFiles} lookups={lookups} />
        {phase.kind === 'sent' ? (
          <ResultView
            background={background}
            initial={phase.request}
            signerEmail={phase.signerEmail}
            method={phase.method}
            pollIntervalMs={props.pollIntervalMs}
            onSendAnother={sendAnother}
          />
        ) : (
          <UnknownOutcome onBack={() => setPhase({ kind: 'form' })} />
        )}
      </>
    );
  }

  return (
    <>
      <SendForm
        draft={draft}
        onDraftChange={changeDraft}
        password={password}
        onPasswordChange={setPassword}
        fileIds={ticked}
        renderFiles={(error) => (
          <>
            <FilePicker offer={offer} ticked={ticked} lookups={lookups} error={error} onTick={tick} retry={retry} />
            {/* Right under the files, where the missing item would have been. */}
            <PageNotes notes={offer.notes} resolveError={offer.resolveError} />
          </>
        )}
        defaultCountry={settings.defaultCountry}
        blocked={sendBlock(ticked, lookups)}
        sending={sending}
        sendError={sendError}
        onSend={send}
      />
    </>
  );
}

// Form → sending → result. Owns what the user typed (the password only in memory) and the
// draft in storage.session, so a failed send or a closed popup loses nothing.
import { useMemo, useState } from 'preact/hooks';
import type { FileInfo, SignRequestSummary } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { SignFormDraft, SignMethod, SignRequestInput } from '../shared/sign-form';
import type { StorageArea } from '../shared/storage-area';
import { errorMessage } from '../ui/errors';
import type { Background } from './deps';
import { createDraftStore, defaultDraft } from './draft';
import { FileCard } from './FileCard';
import { ResultView } from './ResultView';
import { SendForm } from './SendForm';
import { UnknownOutcome } from './UnknownOutcome';

export type SendFlowProps = {
  background: Background;
  draftArea: StorageArea;
  settings: Settings;
  file: FileInfo;
  fileIds: string[];
  initialDraft: SignFormDraft;
  pollIntervalMs: number;
};

type Phase =
  | { kind: 'form' }
  | { kind: 'sent'; request: SignRequestSummary; signerEmail: string; method: SignMethod }
  | { kind: 'unknown' };

export function SendFlow(props: SendFlowProps) {
  const { background, file, fileIds, settings } = props;
  const drafts = useMemo(() => createDraftStore(props.draftArea), [props.draftArea]);
  const [draft, setDraft] = useState(props.initialDraft);
  const [password, setPassword] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);

  const changeDraft = (next: SignFormDraft) => {
    setDraft(next);
    void drafts.save(file.id, next);
  };

  const send = async (request: SignRequestInput) => {
    setSending(true);
    setSendError(null);
    try {
      const outcome = await background('sendSignRequest', request);
      if (outcome.outcome === 'sent') {
        await drafts.clear(file.id);
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

  const sendAnother = () => {
    setDraft(defaultDraft(settings));
    setPassword('');
    setSendError(null);
    setPhase({ kind: 'form' });
  };

  return (
    <>
      <FileCard file={file} />
      {phase.kind === 'sent' && (
        <ResultView
          background={background}
          initial={phase.request}
          signerEmail={phase.signerEmail}
          method={phase.method}
          pollIntervalMs={props.pollIntervalMs}
          onSendAnother={sendAnother}
        />
      )}
      {phase.kind === 'unknown' && <UnknownOutcome onBack={() => setPhase({ kind: 'form' })} />}
      {phase.kind === 'form' && (
        <SendForm
          draft={draft}
          onDraftChange={changeDraft}
          password={password}
          onPasswordChange={setPassword}
          fileIds={fileIds}
          defaultCountry={settings.defaultCountry}
          canSend={file.canDownload}
          sending={sending}
          sendError={sendError}
          onSend={send}
        />
      )}
    </>
  );
}

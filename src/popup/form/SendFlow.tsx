// Form → sending → result. Owns what the user typed (passwords only in memory), the ticked files,
// the template list, recent signers, and the draft in storage.session, so a failed send or a
// closed popup loses nothing but the passwords.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SendSignRequest, SignRequestSummary, SignTemplate } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import type { Passwords, SignerDraft, SignFormDraft } from '../../ui/sign-form';
import { MessageError } from '../../platform/messaging';
import { memoryArea, type StorageArea } from '../../shared/storage-area';
import { errorMessage } from '../../ui/errors';
import { defaultDraft, newSigner, newSignerId } from './defaults';
import type { Background } from '../deps';
import { createDraftStore } from './draft';
import { FilePicker } from '../files/FilePicker';
import { setTicked } from '../files/offer';
import { PageNotes } from '../files/PageNotes';
import { createRecentStore, type RecentSigner } from '../signers/recent';
import { ResultView } from '../result/ResultView';
import { sendBlock } from './send-block';
import { SendForm } from './SendForm';
import { SentFiles } from '../result/SentFiles';
import type { Offer } from '../setup';
import { TemplateFiles } from './TemplateFiles';
import type { TemplateList } from './TemplateChoice';
import { UnknownOutcome } from '../result/UnknownOutcome';
import { useFileLookups } from '../files/useFileLookups';

export type SendFlowProps = {
  background: Background;
  draftArea: StorageArea;
  /** storage.local: recent signers (emails and phone numbers). Absent: none are kept. */
  recentArea?: StorageArea | undefined;
  /** Opens Box's preparation page in a new tab. Absent: `window.open`. */
  openTab?: ((url: string) => void) | undefined;
  settings: Settings;
  offer: Offer;
  initialTicked: string[];
  initialDraft: SignFormDraft;
  draftKey: string;
  pollIntervalMs: number;
};

/** A new tab, with no way back to the popup (`noopener`). */
export function openInNewTab(url: string): void {
  window.open(url, '_blank', 'noopener');
}

type Phase =
  | { kind: 'form' }
  | { kind: 'sent'; summary: SignRequestSummary; request: SendSignRequest; template: SignTemplate | null; prepareOpened: boolean; copies: number }
  | { kind: 'unknown' };

export function SendFlow(props: SendFlowProps) {
  const { background, offer, settings, draftKey } = props;
  const drafts = useMemo(() => createDraftStore(props.draftArea), [props.draftArea]);
  const recentStore = useMemo(() => createRecentStore(props.recentArea ?? memoryArea()), [props.recentArea]);
  const [draft, setDraft] = useState(props.initialDraft);
  const [ticked, setTickedIds] = useState(props.initialTicked);
  const [passwords, setPasswords] = useState<Passwords>({});
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  // Open when the draft uses options, so nothing set is out of sight.
  const [optionsOpen, setOptionsOpen] = useState(props.initialDraft.templateId !== null);
  const [templates, setTemplates] = useState<TemplateList>({ state: 'idle' });
  const [recent, setRecent] = useState<RecentSigner[]>([]);
  const { lookups, retry } = useFileLookups(background, offer.sharedLink, ticked, offer.known);

  useEffect(() => void recentStore.load().then(setRecent), [recentStore]);
  const loadTemplates = () => {
    setTemplates({ state: 'loading' });
    background('listTemplates', {}).then(
      (list) => setTemplates({ state: 'ok', ...list }),
      (error: unknown) => setTemplates({ state: 'failed', message: errorMessage(error) }),
    );
  };
  // Templates are fetched when the user looks for them, or when the draft already uses one.
  useEffect(() => {
    if (templates.state === 'idle' && (optionsOpen || draft.templateId !== null)) loadTemplates();
  }, [optionsOpen, draft.templateId]);
  const template = templates.state === 'ok' ? (templates.templates.find((t) => t.id === draft.templateId) ?? null) : null;
  const sendsFiles = draft.templateId === null || (draft.templateFiles && !(template?.locks.files ?? false));
  const fileIds = sendsFiles ? ticked : [];

  const save = (form: SignFormDraft, ids: string[]) => void drafts.save(draftKey, form, { ticked: ids, pageChoice: offer.pageChoice });
  const changeDraft = (next: SignFormDraft) => {
    setDraft(next);
    save(next, ticked);
  };
  const tick = (id: string, on: boolean) => {
    const next = setTicked(offer.files, ticked, id, on);
    setTickedIds(next);
    save(draft, next);
  };
  const chooseTemplate = (chosen: SignTemplate | null) => changeDraft(chosen ? withTemplate(draft, chosen, settings) : { ...draft, templateId: null });
  const forgetRecent = () => {
    setRecent([]);
    void recentStore.forget();
  };

  const send = async (request: SendSignRequest) => {
    setSending(true);
    setSendError(null);
    try {
      const outcome = await background('sendSignRequest', request);
      if (outcome.outcome === 'sent') {
        await drafts.clear(draftKey);
        void recentStore.remember(request.signers).then(setRecent);
        // Preparation was asked for: Box's page opens in a new tab right away (the link stays in the result).
        const prepareUrl = outcome.request.prepareUrl;
        const prepareOpened = request.options.prepare && prepareUrl !== null && prepareUrl.startsWith('https://');
        if (prepareOpened) (props.openTab ?? openInNewTab)(prepareUrl);
        setPhase({ kind: 'sent', summary: outcome.request, request, template, prepareOpened, copies: outcome.copies?.length ?? 0 });
        setPasswords({}); // Done with them: drop them from memory too.
      } else {
        setPhase({ kind: 'unknown' });
      }
    } catch (error) {
      if (error instanceof MessageError && error.detail.code === 'unreachable') {
        // The background went away mid-send (the worker was stopped): the create may have reached
        // Box, so this is not a "try again". Everything typed stays for after the user checked.
        setPhase({ kind: 'unknown' });
        return;
      }
      // Everything typed stays, passwords included, so pressing Send again is enough.
      setSendError(errorMessage(error));
    } finally {
      setSending(false);
    }
  };

  // The same files stay ticked: sending them to another signer is the likely next step.
  const sendAnother = () => {
    setDraft(defaultDraft(settings));
    setPasswords({});
    setSendError(null);
    setPhase({ kind: 'form' });
  };

  if (phase.kind !== 'form') {
    const sentFiles = offer.files.filter((file) => ticked.includes(file.id));
    const sentRequest = phase.kind === 'sent' ? phase.request : null;
    return (
      <>
        {sentRequest && sentRequest.fileIds.length === 0 ? (
          <TemplateFiles template={phase.kind === 'sent' ? phase.template : null} />
        ) : (
          <SentFiles files={sentFiles} lookups={lookups} />
        )}
        {phase.kind === 'sent' ? (
          <ResultView
            background={background}
            initial={phase.summary}
            sent={phase.request}
            prepareOpened={phase.prepareOpened}
            copies={phase.copies}
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
    <SendForm
      draft={draft}
      onDraftChange={changeDraft}
      passwords={passwords}
      onPasswordChange={(id, password) => setPasswords((all) => ({ ...all, [id]: password }))}
      fileIds={fileIds}
      renderFiles={(error) =>
        draft.templateId !== null ? (
          <TemplateFiles
            template={template}
            useFiles={sendsFiles}
            onUseFiles={template && !template.locks.files ? (on) => changeDraft({ ...draft, templateFiles: on }) : null}
          >
            <FilePicker offer={offer} ticked={ticked} lookups={lookups} error={error} onTick={tick} retry={retry} />
          </TemplateFiles>
        ) : (
          <>
            <FilePicker offer={offer} ticked={ticked} lookups={lookups} error={error} onTick={tick} retry={retry} />
            {/* Right under the files, where the missing item would have been. */}
            <PageNotes notes={offer.notes} resolveError={offer.resolveError} />
          </>
        )
      }
      defaultCountry={settings.defaultCountry}
      templates={templates}
      template={template}
      onChooseTemplate={chooseTemplate}
      retryTemplates={loadTemplates}
      optionsOpen={optionsOpen}
      onOptionsToggle={setOptionsOpen}
      recent={recent}
      onForgetRecent={forgetRecent}
      newSigner={() => newSigner(settings)}
      blocked={sendsFiles ? sendBlock(ticked, lookups) : null}
      sending={sending}
      sendError={sendError}
      onSend={send}
    />
  );
}

/**
 * The form for a template: one row per template recipient (what the user already typed in a row
 * is kept for a placeholder), the method the template asks for, and the template's own email
 * settings, expiry and folder (the fields are emptied, so the template's apply).
 */
export function withTemplate(draft: SignFormDraft, template: SignTemplate, settings: Settings): SignFormDraft {
  const signers = template.signers.map((row, index): SignerDraft => {
    const typed = row.email === null ? draft.signers[index] : undefined;
    const base = newSigner(settings);
    // A recipient the template defines uses the template's own SMS number or password.
    const method = row.email !== null ? 'none' : row.phoneRequired ? 'sms' : row.passwordRequired ? 'password' : (typed?.method ?? base.method);
    return {
      id: typed?.id ?? newSignerId(),
      email: row.email ?? typed?.email ?? '',
      role: row.role,
      order: '',
      method,
      phone: typed?.phone ?? '',
      addPassword: row.email === null && row.phoneRequired && row.passwordRequired,
    };
  });
  return {
    signers: signers.length > 0 ? signers : draft.signers,
    templateId: template.id,
    templateFiles: false,
    options: { ...draft.options, ordered: false, prepare: false, folder: '', emailSubject: '', emailMessage: '', daysValid: '', name: '' },
  };
}

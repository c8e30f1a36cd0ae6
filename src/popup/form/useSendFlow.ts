// Form → sending → result. Owns what the user typed (passwords only in memory), the ticked files,
// the template list, recent signers, and the draft in storage.session, so a failed send or a
// closed popup loses nothing but the passwords.
import { useState } from 'preact/hooks';
import type { SendOutcome, SendSignRequest } from '../../shared/messages';
import type { Passwords, SignFormDraft } from '../../ui/sign-form-fields';
import { MessageError } from '../../platform/messaging';
import { errorMessage } from '../../ui/errors';
import { loadOnce } from '../../shared/load-once';
import { useBoxHosts } from '../../ui/box-hosts';
import type { Background } from '../deps';
import type { PolicyRules, Settings } from '../../shared/settings';
import type { StorageArea } from '../../shared/storage-area';
import { useFileLookups } from '../files/useFileLookups';
import type { SendEnd } from '../result/AfterSend';
import { useRecentSigners } from '../signers/useRecentSigners';
import { useSignerGuard } from '../signers/useSignerGuard';
import { defaultDraft } from './defaults';
import { useFormDraft, type FormDraftSource } from './useFormDraft';
import { useTemplates } from './useTemplates';

type Accepted = Extract<SendOutcome, { outcome: 'sent' }>;

/** A new tab, with no way back to the popup (`noopener`). */
function openInNewTab(url: string): void {
  window.open(url, '_blank', 'noopener');
}

export type SendFlowProps = FormDraftSource & {
  background: Background;
  /** storage.local: recent signers (emails and phone numbers). Absent: none are kept. */
  recentArea?: StorageArea | undefined;
  /** Opens Box's preparation page in a new tab. Absent: `window.open`. */
  openTab?: ((url: string) => void) | undefined;
  settings: Settings;
  /** The organisation's rules: the form offers and accepts only what they allow. Absent: none. */
  rules?: PolicyRules | undefined;
  pollIntervalMs: number;
};

/** The rule for the addresses it opens (ui/openable.ts): only a send's result needs it, so it loads as a send starts. */
const loadOpenable = loadOnce(() => import('../../ui/openable'));

/**
 * Box's preparation page when the send asked for it and it may be opened; else null. A rule that cannot
 * load opens nothing: the send itself succeeded and must read as sent (the link stays in the result).
 */
async function preparePageToOpen(request: SendSignRequest, outcome: Accepted, hosts: readonly string[]): Promise<string | null> {
  if (!request.options.prepare) return null;
  const rule = await loadOpenable().catch(() => null);
  return rule ? rule.openableWith(hosts)(outcome.request.prepareUrl) : null;
}

export function useSendFlow(props: SendFlowProps) {
  const { background, offer, settings } = props;
  const form = useFormDraft(props);
  const [passwords, setPasswords] = useState<Passwords>({});
  // Open when the draft uses options, so nothing set is out of sight.
  const [optionsOpen, setOptionsOpen] = useState(props.initialDraft.templateId !== null);
  const files = useFileLookups(background, offer.sharedLink, form.ticked, offer.known);
  const recent = useRecentSigners(props.recentArea);
  const templates = useTemplates(background, optionsOpen || form.draft.templateId !== null);
  const list = templates.templates;
  const template = list.state === 'ok' ? (list.templates.find((t) => t.id === form.draft.templateId) ?? null) : null;
  const guard = useSignerGuard(background, form.draft, passwords, settings.defaultCountry, recent.recent);
  const sendsFiles = form.draft.templateId === null || (form.draft.templateFiles && !(template?.locks.files ?? false));

  const hosts = useBoxHosts();
  const sending = useSending(background, form.keepFor, async (request, outcome) => {
    recent.remember(request.signers);
    // Preparation was asked for: Box's page opens in a new tab right away (the link stays in the result).
    const prepareUrl = await preparePageToOpen(request, outcome, hosts);
    const prepareOpened = prepareUrl !== null;
    if (prepareOpened) (props.openTab ?? openInNewTab)(prepareUrl);
    setPasswords({}); // Done with them: drop them from memory too.
    return { kind: 'sent', summary: outcome.request, request, template, prepareOpened, copies: outcome.copies?.length ?? 0 };
  });

  return {
    form,
    passwords,
    setPassword: (id: string, password: string) => setPasswords((all) => ({ ...all, [id]: password })),
    optionsOpen,
    setOptionsOpen,
    files,
    recent,
    templates,
    template,
    sendsFiles,
    guard,
    /** "Forget recent signers" also forgets their numbers and the domains sent to (the background's memory). */
    forgetRecent: () => {
      recent.forget();
      background('forgetSigner', {}).catch(() => undefined);
    },
    ...sending,
    send: (request: SendSignRequest) => {
      if (request.options.prepare) void loadOpenable().catch(() => undefined); // there by the time Box answers
      return sending.send(request);
    },
    /**
     * Box created the request but could not use it (error_converting): back to the form as it was sent,
     * saved as the draft again (the send cleared it) and with the passwords the result still holds.
     */
    editAgain: () => {
      const { end } = sending;
      if (end?.kind === 'sent') setPasswords(passwordsOf(form.draft, end.request));
      form.change(form.draft);
      sending.backToForm();
    },
    // The same files stay ticked: sending them to another signer is the likely next step.
    sendAnother: () => {
      form.restart(defaultDraft(settings));
      setPasswords({});
      sending.restart();
    },
  };
}

/** The sent passwords, keyed by the form's signer rows (the request's signers are the rows, in order). */
function passwordsOf(draft: SignFormDraft, request: SendSignRequest): Passwords {
  return Object.fromEntries(
    draft.signers.flatMap((row, index) => {
      const password = request.signers[index]?.password;
      return password ? [[row.id, password]] : [];
    }),
  );
}

/**
 * Sends a request. `accepted` does what follows a send Box accepted (after the draft is cleared)
 * and says what the result shows. Everything typed stays when the send fails.
 */
function useSending(background: Background, clearDraft: (requestId: string) => Promise<void>, accepted: (request: SendSignRequest, outcome: Accepted) => Promise<SendEnd>) {
  const [end, setEnd] = useState<SendEnd | null>(null);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  // The signer field Box refused (an SMS country, Box login on the plan): the message goes beside it.
  const [sendErrorField, setSendErrorField] = useState<string | null>(null);

  const send = async (request: SendSignRequest) => {
    setSending(true);
    setSendError(null);
    setSendErrorField(null);
    try {
      const outcome = await background('sendSignRequest', request);
      if (outcome.outcome === 'sent') {
        await clearDraft(outcome.request.id);
        setEnd(await accepted(request, outcome));
      } else {
        setEnd({ kind: 'unknown' });
      }
    } catch (error) {
      if (error instanceof MessageError && error.detail.code === 'unreachable') {
        // The background went away mid-send (the worker was stopped): the create may have reached
        // Box, so this is not a "try again". Everything typed stays for after the user checked.
        setEnd({ kind: 'unknown' });
        return;
      }
      // Everything typed stays, passwords included, so pressing Send again is enough.
      setSendError(errorMessage(error));
      setSendErrorField(error instanceof MessageError ? (error.detail.field ?? null) : null);
    } finally {
      setSending(false);
    }
  };

  return {
    /** Null while the form is shown. */
    end,
    sending,
    sendError,
    sendErrorField,
    /** The user changed the form: a message beside a field Box refused no longer applies to what is there. */
    clearFieldError: () => {
      if (sendErrorField === null) return;
      setSendError(null);
      setSendErrorField(null);
    },
    send,
    backToForm: () => setEnd(null),
    restart: () => {
      setSendError(null);
      setSendErrorField(null);
      setEnd(null);
    },
  };
}

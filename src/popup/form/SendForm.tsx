// The sending form. Validates on submit, then again on every blur (and every change of a choice)
// once the user has tried to send, so errors clear as they are fixed without nagging before the
// first attempt. Errors come from the shared validator, keyed by the request path they concern.
import { t } from '../../shared/i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SendSignRequest, SignTemplate } from '../../shared/messages';
import {
  FIELD,
  loadPhone,
  phoneLoaded,
  validateSignForm,
  type Passwords,
  type SignerDraft,
  type SignFormDraft,
  type SignFormErrors,
  type SignFormResult,
} from '../../ui/sign-form';
import { templateLocks } from '../../shared/sign-request/template';
import { OptionsSection } from './OptionsSection';
import type { RecentSigner } from '../signers/recent';
import { SignerList } from '../signers/SignerList';
import { TemplateChoice, type TemplateList } from './TemplateChoice';
import { ErrorAlert } from '../../ui/ErrorAlert';

export type SendFormProps = {
  draft: SignFormDraft;
  onDraftChange: (draft: SignFormDraft) => void;
  passwords: Passwords;
  onPasswordChange: (signerId: string, password: string) => void;
  /** The ticked files, in displayed order. */
  fileIds: string[];
  /** The file picker (or the template's documents), given the form's file error to show beside the list. */
  renderFiles: (error: string | undefined) => ComponentChildren;
  defaultCountry: string;
  templates: TemplateList;
  /** The chosen template, once loaded. */
  template: SignTemplate | null;
  onChooseTemplate: (template: SignTemplate | null) => void;
  retryTemplates: () => void;
  optionsOpen: boolean;
  onOptionsToggle: (open: boolean) => void;
  recent: RecentSigner[];
  onForgetRecent: () => void;
  newSigner: () => SignerDraft;
  /** Why sending is off (e.g. a ticked file the user may not download), or null. */
  blocked: string | null;
  sending: boolean;
  sendError: string | null;
  onSend: (request: SendSignRequest) => void | Promise<void>;
};

const BLOCKED_ID = 'send-blocked';

export function SendForm(props: SendFormProps) {
  const { draft, template } = props;
  const [errors, setErrors] = useState<SignFormErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const fileArea = useRef<HTMLDivElement>(null);

  const validate = (): SignFormResult =>
    validateSignForm(draft, props.passwords, { fileIds: props.fileIds, defaultCountry: props.defaultCountry, template });
  const revalidate = () => {
    if (!attempted) return;
    const result = validate();
    setErrors(result.ok ? {} : result.errors);
  };
  // A choice (a file ticked, a method, a role, a template, a row added) can fix or cause an error
  // at once: refresh then. Typing is checked on blur.
  const choices = [
    props.fileIds.join(','),
    draft.templateId,
    template?.id,
    draft.templateFiles,
    draft.options.ordered,
    draft.signers.map((s) => `${s.id}:${s.method}:${s.role}:${s.addPassword}`).join(','),
  ].join('|');
  useEffect(revalidate, [choices]);

  // After render, so the error text exists when a screen reader announces the focused field.
  useEffect(() => {
    if (focusRequest === 0) return;
    if (errors[FIELD.files]) {
      fileArea.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
      return;
    }
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? form.current?.querySelector<HTMLElement>('input[type="email"]'))?.focus();
  }, [focusRequest]);

  // Phone numbers are checked by a module loaded after the first render, not with the popup's first
  // scripts (see ui/phone/phone-loader.ts). Until it is there, blur checks skip the phone; Send waits for it.
  const waitingForPhone = useRef(false);
  useEffect(() => void loadPhone().catch(() => undefined), []);

  const submit = (event: Event) => {
    event.preventDefault();
    if (props.sending || props.blocked !== null || waitingForPhone.current) return;
    if (phoneLoaded()) {
      check();
      return;
    }
    waitingForPhone.current = true;
    loadPhone().then(
      () => {
        waitingForPhone.current = false;
        check();
      },
      () => {
        waitingForPhone.current = false;
        setAttempted(true);
        setErrors({ form: t('somethingWrong') });
      },
    );
  };

  const check = () => {
    setAttempted(true);
    const result = validate();
    if (!result.ok) {
      setErrors(result.errors);
      // An error inside the closed Options section: open it so the field can take the focus.
      if (Object.keys(result.errors).some((key) => key.startsWith('options.') || key === FIELD.template)) props.onOptionsToggle(true);
      setFocusRequest((n) => n + 1);
      return;
    }
    setErrors({});
    void props.onSend(result.request);
  };

  const locks = template ? templateLocks(template) : null;
  return (
    <form ref={form} onSubmit={submit} noValidate aria-busy={props.sending}>
      <div ref={fileArea}>{props.renderFiles(errors[FIELD.files])}</div>
      <SignerList
        draft={draft}
        passwords={props.passwords}
        defaultCountry={props.defaultCountry}
        errors={errors}
        template={template}
        locked={locks?.signers ?? false}
        recent={props.recent}
        newSigner={props.newSigner}
        onChange={props.onDraftChange}
        onPassword={props.onPasswordChange}
        onBlur={revalidate}
      />
      <OptionsSection
        open={props.optionsOpen}
        onToggle={props.onOptionsToggle}
        options={draft.options}
        onChange={(options) => props.onDraftChange({ ...draft, options })}
        onBlur={revalidate}
        errors={errors}
        template={template}
        locks={locks}
        templateChoice={
          <TemplateChoice
            list={props.templates}
            templateId={draft.templateId}
            error={errors[FIELD.template]}
            onChoose={props.onChooseTemplate}
            retry={props.retryTemplates}
          />
        }
        recentCount={props.recent.length}
        onForgetRecent={props.onForgetRecent}
      />
      <ErrorAlert message={errors['form']} />
      <div class="actions">
        <button
          type="submit"
          class="primary"
          disabled={props.sending || props.blocked !== null}
          aria-describedby={props.blocked === null ? undefined : BLOCKED_ID}
        >
          {props.sending ? t('sendingButton') : t('sendButton')}
        </button>
      </div>
      {props.blocked !== null && (
        <p class="hint" id={BLOCKED_ID}>
          {props.blocked}
        </p>
      )}
      <p role="status" class="hint">
        {props.sending ? t('sendingStatus') : ''}
      </p>
      {props.sendError && (
        <p class="notice danger" role="alert">
          {props.sendError}
        </p>
      )}
    </form>
  );
}

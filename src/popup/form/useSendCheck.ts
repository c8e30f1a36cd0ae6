// Validates on submit, then again on every blur (and every change of a choice) once the user has
// tried to send, so errors clear as they are fixed without nagging before the first attempt.
// Errors come from the shared validator, keyed by the request path they concern.
import { t } from '../../shared/i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SendSignRequest, SignTemplate } from '../../shared/messages';
import { FIELD, type Passwords, type SignFormContext, type SignFormDraft, type SignFormErrors, type SignFormResult } from '../../ui/sign-form-fields';
import { loadFormChecks, formValidator } from '../../ui/form-checks-loader';

/** What the check reads of the form's props (SendForm's props include these). */
export type SendCheckProps = {
  draft: SignFormDraft;
  passwords: Passwords;
  /** The ticked files, in displayed order. */
  fileIds: string[];
  defaultCountry: string;
  /** The organisation's rules and the ticked files' labels; null without a policy. */
  policy: SignFormContext['policy'] | null;
  /** The chosen template, once loaded. */
  template: SignTemplate | null;
  sending: boolean;
  /** Why sending is off (e.g. a ticked file the user may not download), or null. */
  blocked: string | null;
  onOptionsToggle: (open: boolean) => void;
  onSend: (request: SendSignRequest) => void | Promise<void>;
};

export function useSendCheck(props: SendCheckProps) {
  const { draft, template } = props;
  const [errors, setErrors] = useState<SignFormErrors>({});
  const [attempted, setAttempted] = useState(false);

  // Null until the validator has loaded; Send waits for it (phone.whenLoaded), so only then can the user have tried.
  const validate = (): SignFormResult | null =>
    formValidator()?.(draft, props.passwords, { fileIds: props.fileIds, defaultCountry: props.defaultCountry, template, policy: props.policy ?? undefined }) ?? null;
  const revalidate = () => {
    if (!attempted) return;
    const result = validate();
    if (result) setErrors(result.ok ? {} : result.errors);
  };
  // A choice (a file ticked, a method, a role, a template, a row added) can fix or cause an error
  // at once: refresh then. Typing is checked on blur.
  useEffect(revalidate, [choices(props)]);
  const focus = useFocusOnError(errors);
  const phone = usePhoneChecks();

  const check = () => {
    setAttempted(true);
    const result = validate();
    if (result === null) return setErrors({ form: t('somethingWrong') }); // not reached: called once it has loaded
    if (!result.ok) {
      setErrors(result.errors);
      // An error inside the closed Options section: open it so the field can take the focus.
      if (Object.keys(result.errors).some((key) => key.startsWith('options.') || key === FIELD.template)) props.onOptionsToggle(true);
      focus.request();
      return;
    }
    setErrors({});
    void props.onSend(result.request);
  };
  // A Send pressed while the checks load runs once they are there, on the form as it is then
  // (what was typed meanwhile), not as it was at the press.
  const latestCheck = useRef(check);
  latestCheck.current = check;
  const submit = (event: Event) => {
    event.preventDefault();
    if (props.sending || props.blocked !== null || phone.waiting()) return;
    phone.whenLoaded(() => latestCheck.current(), () => {
      setAttempted(true);
      setErrors({ form: t('somethingWrong') });
    });
  };
  return { errors, revalidate, submit, form: focus.form, fileArea: focus.fileArea };
}

/** The choices that can change the errors at once, as one string. */
function choices({ draft, template, fileIds, policy }: SendCheckProps): string {
  return [
    policy?.files.map((file) => file.classification).join(','),
    fileIds.join(','),
    draft.templateId,
    template?.id,
    draft.templateFiles,
    draft.options.ordered,
    draft.signers.map((s) => `${s.id}:${s.method}:${s.role}:${s.addPassword}`).join(','),
  ].join('|');
}

/** Focuses the first field in error (or the file list), once `request` is called and the errors are shown. */
function useFocusOnError(errors: SignFormErrors) {
  const [focusRequest, setFocusRequest] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const fileArea = useRef<HTMLDivElement>(null);
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
  return { form, fileArea, request: () => setFocusRequest((n) => n + 1) };
}

/**
 * The validator and the phone checks are modules loaded after the first render, not with the popup's
 * first scripts (see ui/form-checks-loader.ts, ui/phone/phone-loader.ts). Until they are there, blur
 * checks skip the phone; Send waits for them.
 */
function usePhoneChecks() {
  const waiting = useRef(false);
  useEffect(() => void loadFormChecks().catch(() => undefined), []);
  return {
    waiting: () => waiting.current,
    /** Runs `then` once the phone checks are loaded (at once if they are), `failed` if they cannot be. */
    whenLoaded(then: () => void, failed: () => void) {
      if (formValidator()) return then();
      waiting.current = true;
      loadFormChecks().then(
        () => {
          waiting.current = false;
          then();
        },
        () => {
          waiting.current = false;
          failed();
        },
      );
    },
  };
}

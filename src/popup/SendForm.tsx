// The sending form. Validates on submit, then again on every blur once the user has tried to
// send, so errors clear as they are fixed without nagging before the first attempt.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  validateSignForm,
  type SignFormDraft,
  type SignFormErrors,
  type SignFormResult,
  type SignRequestInput,
} from '../shared/sign-form';
import { TextField } from '../ui/TextField';
import { MethodChoice } from './MethodChoice';
import { PasswordField } from './PasswordField';
import { PhoneFields } from './PhoneFields';

export type SendFormProps = {
  draft: SignFormDraft;
  onDraftChange: (draft: SignFormDraft) => void;
  password: string;
  onPasswordChange: (password: string) => void;
  /** The ticked files, in displayed order. */
  fileIds: string[];
  /** The file picker, given the form's file error so it can show it beside the list. */
  renderFiles: (error: string | undefined) => ComponentChildren;
  defaultCountry: string;
  /** Why sending is off (e.g. a ticked file the user may not download), or null. */
  blocked: string | null;
  sending: boolean;
  sendError: string | null;
  onSend: (request: SignRequestInput) => void | Promise<void>;
};

/** Field order on screen: focus goes to the first one with an error. */
const FOCUS_ORDER = ['file', 'email', 'phone', 'password'] as const;

/** The shared validator's wording assumes the page offered nothing; here files are offered but none ticked. */
const NONE_TICKED = 'Choose at least one file to send.';
const BLOCKED_ID = 'send-blocked';

export function SendForm(props: SendFormProps) {
  const { draft, password } = props;
  const [errors, setErrors] = useState<SignFormErrors>({});
  const [attempted, setAttempted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const fileArea = useRef<HTMLDivElement>(null);
  const inputs = { email: useRef<HTMLInputElement>(null), phone: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  const validate = (next: { draft?: SignFormDraft; password?: string } = {}): SignFormResult => {
    const result = validateSignForm({ ...(next.draft ?? draft), password: next.password ?? password }, {
      fileIds: props.fileIds,
      defaultCountry: props.defaultCountry,
    });
    if (result.ok || !result.errors.file || props.fileIds.length > 0) return result;
    return { ok: false, errors: { ...result.errors, file: NONE_TICKED } };
  };
  const revalidate = () => {
    if (!attempted) return;
    const result = validate();
    setErrors(result.ok ? {} : result.errors);
  };
  // Ticking a file fixes "choose a file": clear it as soon as it is fixed, like the other fields.
  useEffect(revalidate, [props.fileIds.join(',')]);
  const change = (patch: Partial<SignFormDraft>) => {
    const next = { ...draft, ...patch };
    props.onDraftChange(next);
    // A method switch hides one field and shows the other: refresh errors right away.
    if (attempted && patch.method) {
      const result = validate({ draft: next });
      setErrors(result.ok ? {} : result.errors);
    }
  };

  // After render, so the error text exists when a screen reader announces the focused field.
  useEffect(() => {
    if (focusRequest === 0) return;
    const first = FOCUS_ORDER.find((field) => errors[field]);
    if (first === 'file') fileArea.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
    else if (first) inputs[first].current?.focus();
  }, [focusRequest]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (props.sending || props.blocked !== null) return;
    setAttempted(true);
    const result = validate();
    if (!result.ok) {
      setErrors(result.errors);
      setFocusRequest((n) => n + 1);
      return;
    }
    setErrors({});
    void props.onSend(result.request);
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={props.sending}>
      <div ref={fileArea}>{props.renderFiles(errors.file)}</div>
      <TextField
        id="signer-email"
        label="Signer email"
        type="email"
        inputMode="email"
        autoComplete="off"
        value={draft.email}
        onInput={(email) => change({ email })}
        onBlur={revalidate}
        error={errors.email}
        inputRef={inputs.email}
      />
      <MethodChoice method={draft.method} onChange={(method) => change({ method })} />
      {draft.method === 'sms' ? (
        <PhoneFields
          phone={draft.phone}
          requiredToView={draft.requiredToView}
          defaultCountry={props.defaultCountry}
          onChange={change}
          onBlur={revalidate}
          error={errors.phone}
          inputRef={inputs.phone}
        />
      ) : (
        <PasswordField
          value={password}
          onInput={props.onPasswordChange}
          onBlur={revalidate}
          error={errors.password}
          inputRef={inputs.password}
        />
      )}
      <div class="actions">
        <button
          type="submit"
          class="primary"
          disabled={props.sending || props.blocked !== null}
          aria-describedby={props.blocked === null ? undefined : BLOCKED_ID}
        >
          {props.sending ? 'Sending…' : 'Send for signature'}
        </button>
      </div>
      {props.blocked !== null && (
        <p class="hint" id={BLOCKED_ID}>
          {props.blocked}
        </p>
      )}
      <p role="status" class="hint">
        {props.sending ? 'Sending the request to Box…' : ''}
      </p>
      {props.sendError && (
        <p class="notice danger" role="alert">
          {props.sendError}
        </p>
      )}
    </form>
  );
}

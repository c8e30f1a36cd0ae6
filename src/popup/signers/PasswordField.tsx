import { t } from '../../shared/i18n';
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { TextField } from '../../ui/TextField';
import { tNodes } from '../../ui/rich';

export type PasswordFieldProps = {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onBlur: () => void;
  error: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
};

/** The password the signer must type. Shown on request, so the sender can check it before sharing. */
export function PasswordField(props: PasswordFieldProps) {
  const [shown, setShown] = useState(false);
  return (
    <TextField
      id={props.id}
      name={props.id}
      label={props.label}
      type={shown ? 'text' : 'password'}
      autoComplete="off"
      value={props.value}
      onInput={props.onInput}
      onBlur={props.onBlur}
      hint={t('passwordHint')}
      error={props.error}
      inputRef={props.inputRef}
      after={
        // The name changes with the state ("Show Password" / "Hide Password"), so no aria-pressed. The field's
        // label is in the name only (visually hidden), where the language puts it beside the visible word.
        <button type="button" aria-controls={props.id} onClick={() => setShown(!shown)}>
          {shown
            ? tNodes('hideField', t('hide'), <span class="visually-hidden">{props.label}</span>)
            : tNodes('showField', t('show'), <span class="visually-hidden">{props.label}</span>)}
        </button>
      }
    />
  );
}

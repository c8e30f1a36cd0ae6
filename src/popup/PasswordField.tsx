import { t } from '../shared/i18n';
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { TextField } from '../ui/TextField';

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
        // The name changes with the state ("Show Password" / "Hide Password"), so no aria-pressed. It names
        // the field in the word order of the language; the visible word is part of it.
        <button type="button" aria-controls={props.id} aria-label={t(shown ? 'hideField' : 'showField', props.label)} onClick={() => setShown(!shown)}>
          {shown ? t('hide') : t('show')}
        </button>
      }
    />
  );
}

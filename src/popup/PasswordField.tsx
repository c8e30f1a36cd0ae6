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
      hint="Share it with the signer another way, for example by phone."
      error={props.error}
      inputRef={props.inputRef}
      after={
        // The name changes with the state ("Show password" / "Hide password"), so no aria-pressed.
        <button type="button" aria-controls={props.id} onClick={() => setShown(!shown)}>
          {shown ? 'Hide' : 'Show'}
          <span class="visually-hidden"> {props.label.toLowerCase()}</span>
        </button>
      }
    />
  );
}

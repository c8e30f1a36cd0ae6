// A labelled input with its hint and error wired for assistive tech: the label is the
// accessible name, hint and error are the description, and `aria-invalid` marks the error.
import type { ComponentChildren, Ref } from 'preact';

export type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  type?: 'text' | 'email' | 'tel' | 'password';
  name?: string;
  hint?: ComponentChildren;
  error?: string | undefined;
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
  /** Id of a `<datalist>` of suggestions. */
  list?: string;
  disabled?: boolean;
  readOnly?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown after the input on the same line, e.g. a show/hide toggle. */
  after?: ComponentChildren;
};

export function TextField(props: TextFieldProps) {
  const { id, label, hint, error } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="field-row">
        <input
          id={id}
          name={props.name ?? id}
          ref={props.inputRef}
          // Preact 11 ties `role` to each input type; with a union TS cannot pick one, and we set no role.
          type={(props.type ?? 'text') as 'text'}
          value={props.value}
          onInput={(event) => props.onInput(event.currentTarget.value)}
          onBlur={props.onBlur}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          list={props.list}
          disabled={props.disabled}
          readOnly={props.readOnly}
          spellcheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
        {props.after}
      </div>
      {hint && <span id={hintId} class="hint">{hint}</span>}
      {error && <span id={errorId} class="error">{error}</span>}
    </div>
  );
}

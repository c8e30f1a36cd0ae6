// The one labelled text field of the extension's pages: one line, or a text area with `rows`. Hint,
// the organisation's lock note and error are wired for assistive tech (see FieldNotes): the label is
// the accessible name, the notes are the description, and `aria-invalid` marks the error.
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { describedBy, FieldNotes, type Notes } from './FieldNotes';
import { tNodes } from './rich';

export type TextFieldProps = Notes & {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  /** Called when the user is done with the field: on change (leaving it edited), or Enter on one line. */
  onCommit?: () => void;
  type?: 'text' | 'email' | 'tel' | 'password';
  /** A password the sender shares with the signer: a Show/Hide button lets them check what they typed. */
  revealable?: boolean;
  /** A text area of this many rows instead of one line. */
  rows?: number;
  name?: string;
  /** "off" unless given: these fields hold other people's details and secrets, not the user's own. */
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
  /** Id of a `<datalist>` of suggestions. */
  list?: string;
  maxLength?: number;
  /** Off unless given: ids, addresses and codes would only be underlined. Prose fields turn it on. */
  spellcheck?: boolean;
  disabled?: boolean | undefined;
  readOnly?: boolean;
  inputRef?: Ref<HTMLInputElement>;
};

export function TextField(props: TextFieldProps) {
  const { id, hint, locked, warning, error } = props;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.rows ? <textarea {...shared(props)} rows={props.rows} /> : <LineInput {...props} />}
      <FieldNotes id={id} hint={hint} locked={locked} warning={warning} error={error} />
    </div>
  );
}

/** Built once for the input and the text area, so the two cannot drift apart in naming or wiring. */
function shared(props: TextFieldProps) {
  const { id, hint, locked = false, warning, error } = props;
  return {
    id,
    name: props.name ?? id,
    value: props.value,
    disabled: locked || props.disabled,
    readOnly: props.readOnly,
    maxLength: props.maxLength,
    spellcheck: props.spellcheck ?? false,
    autoComplete: props.autoComplete ?? 'off',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, { hint, locked, warning, error }),
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    onBlur: props.onBlur,
    onChange: props.onCommit,
  };
}

function LineInput(props: TextFieldProps) {
  const [shown, setShown] = useState(false);
  const { onCommit } = props;
  const input = (
    <input
      {...shared(props)}
      ref={props.inputRef}
      // Preact 11 ties `role` to each input type; with a union TS cannot pick one, and we set no role.
      type={(props.revealable && shown ? 'text' : (props.type ?? 'text')) as 'text'}
      inputMode={props.inputMode}
      list={props.list}
      onKeyDown={onCommit && ((event) => event.key === 'Enter' && onCommit())}
    />
  );
  if (!props.revealable) return input;
  return (
    <div class="field-row">
      {input}
      <RevealButton id={props.id} label={props.label} shown={shown} onToggle={() => setShown(!shown)} />
    </div>
  );
}

/**
 * The name changes with the state ("Show Password" / "Hide Password"), so no aria-pressed. The field's
 * label is in the name only (visually hidden), where the language puts it beside the visible word.
 */
function RevealButton({ id, label, shown, onToggle }: { id: string; label: string; shown: boolean; onToggle: () => void }) {
  const field = <span class="visually-hidden">{label}</span>;
  return (
    <button type="button" aria-controls={id} onClick={onToggle}>
      {shown ? tNodes('hideField', t('hide'), field) : tNodes('showField', t('show'), field)}
    </button>
  );
}

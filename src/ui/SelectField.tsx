// The one labelled native select, wired like TextField (see FieldNotes).
import { describedBy, FieldNotes, type Notes } from './FieldNotes';

export type SelectFieldProps = Notes & {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  disabled?: boolean;
};

export function SelectField(props: SelectFieldProps) {
  const { id, hint, locked = false, error } = props;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        disabled={locked || props.disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, locked, error })}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} locked={locked} error={error} />
    </div>
  );
}

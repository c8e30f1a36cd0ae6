// Labelled controls for the options page with their hint, error and lock note wired for assistive
// tech: the label is the accessible name; hint, lock note and error are the description.
import { t } from '../shared/i18n';
import type { ComponentChildren } from 'preact';

export const LOCKED_TEXT = t('lockedByOrg');

export function describedBy(id: string, parts: { hint?: unknown; locked?: boolean; error?: unknown }): string | undefined {
  const ids = [parts.hint ? `${id}-hint` : null, parts.locked ? `${id}-locked` : null, parts.error ? `${id}-error` : null];
  return ids.filter(Boolean).join(' ') || undefined;
}

export function FieldNotes({ id, hint, locked, error }: { id: string; hint?: ComponentChildren; locked?: boolean; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
      {locked && (
        <span id={`${id}-locked`} class="locked">
          {LOCKED_TEXT}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} class="error">
          {error}
        </span>
      )}
    </>
  );
}

export type TextSettingProps = {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Called when the user is done with the field: on blur, or Enter in a one-line field. */
  onCommit: () => void;
  multiline?: boolean;
  inputMode?: 'text' | 'numeric';
  hint?: ComponentChildren;
  error?: string | undefined;
  locked?: boolean;
  autoComplete?: string;
};

/** A one-line or multi-line text setting. Locked: disabled, with "Set by your organisation". */
export function TextSetting(props: TextSettingProps) {
  const { id, label, hint, error, locked = false } = props;
  const common = {
    id,
    name: id,
    value: props.value,
    disabled: locked,
    spellcheck: false,
    autoComplete: props.autoComplete ?? 'off',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, { hint, locked, error }),
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    onChange: () => props.onCommit(),
  } as const;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {props.multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={props.inputMode}
          onKeyDown={(event) => {
            if (event.key === 'Enter') props.onCommit();
          }}
        />
      )}
      <FieldNotes id={id} hint={hint} locked={locked} error={error} />
    </div>
  );
}

export type CheckboxSettingProps = {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ComponentChildren;
  locked?: boolean;
};

export function CheckboxSetting({ id, label, checked, onChange, hint, locked = false }: CheckboxSettingProps) {
  return (
    <div class="field">
      <label class="choice">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={locked}
          aria-describedby={describedBy(id, { hint, locked })}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        {label}
      </label>
      <FieldNotes id={id} hint={hint} locked={locked} />
    </div>
  );
}

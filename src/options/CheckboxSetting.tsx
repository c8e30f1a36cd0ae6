// A labelled checkbox setting of the options page, with its hint and lock note wired like TextField.
import type { ComponentChildren } from 'preact';
import { describedBy, FieldNotes } from '../ui/FieldNotes';

export type CheckboxSettingProps = {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ComponentChildren;
  /** Set by the organisation's policy: disabled, with "Set by your organisation". */
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

// Everything beyond "who signs": a collapsed "Options" section, so the usual path stays short.
// Fields a chosen template fixes are shown with the template's value, disabled, and not sent.
import type { ComponentChildren } from 'preact';
import type { SignTemplate } from '../shared/messages';
import { FIELD, type OptionsDraft, type SignFormErrors } from '../shared/sign-form';
import { MAX_DAYS_VALID, SIGNATURE_COLORS } from '../shared/sign-request/rules';
import type { TemplateLocks } from '../shared/sign-request/template';
import { TextField } from '../ui/TextField';
import { SelectField } from './SelectField';

export type OptionsSectionProps = {
  open: boolean;
  onToggle: (open: boolean) => void;
  options: OptionsDraft;
  onChange: (options: OptionsDraft) => void;
  onBlur: () => void;
  errors: SignFormErrors;
  template: SignTemplate | null;
  locks: TemplateLocks | null;
  /** The template picker, rendered first. */
  templateChoice: ComponentChildren;
  recentCount: number;
  onForgetRecent: () => void;
};

const FIXED = 'Set by the template.';
const COLOURS = [{ value: '', label: "The signer's choice" }, ...SIGNATURE_COLORS.map((c) => ({ value: c, label: c[0]!.toUpperCase() + c.slice(1) }))];

export function OptionsSection(props: OptionsSectionProps) {
  const { options, errors, template, locks } = props;
  const set = (patch: Partial<OptionsDraft>) => props.onChange({ ...options, ...patch });
  const err = (name: Parameters<typeof FIELD.option>[0]) => errors[FIELD.option(name)];
  const shown = (locked: boolean | undefined, own: string, templates: string | number | null | undefined) =>
    locked ? String(templates ?? '') : own;
  return (
    <details class="options" open={props.open} onToggle={(event) => props.onToggle(event.currentTarget.open)}>
      <summary>Options{summaryNote(options, template)}</summary>
      <div class="options-body">
        {props.templateChoice}
        {!template && (
          <label class="choice">
            <input type="checkbox" checked={options.prepare} onChange={(event) => set({ prepare: event.currentTarget.checked })} />
            Place the signature fields myself first (Box opens the document in a new tab; it is sent when you finish)
          </label>
        )}
        <TextField
          id="option-folder"
          label="Folder for the signed copy"
          autoComplete="off"
          value={options.folder}
          onInput={(folder) => set({ folder })}
          onBlur={props.onBlur}
          hint={`A Box folder ID, or the folder's address. Empty: ${template ? "the template's folder" : "the first file's folder"}.`}
          error={err('parentFolderId')}
        />
        <TextField
          id="option-name"
          label="Request name"
          autoComplete="off"
          value={shown(locks?.name, options.name, template?.name)}
          disabled={locks?.name}
          onInput={(name) => set({ name })}
          onBlur={props.onBlur}
          hint={locks?.name ? FIXED : 'Empty: the name of the first document.'}
          error={err('name')}
        />
        <TextField
          id="option-subject"
          label="Email subject"
          autoComplete="off"
          value={shown(locks?.emailSubject, options.emailSubject, template?.emailSubject)}
          disabled={locks?.emailSubject}
          onInput={(emailSubject) => set({ emailSubject })}
          onBlur={props.onBlur}
          hint={locks?.emailSubject ? FIXED : template?.emailSubject ? `Empty: "${template.emailSubject}" (the template's).` : "Empty: Box's subject."}
          error={err('emailSubject')}
        />
        <TextArea
          id="option-message"
          label="Email message"
          value={shown(locks?.emailMessage, options.emailMessage, template?.emailMessage)}
          disabled={locks?.emailMessage}
          onInput={(emailMessage) => set({ emailMessage })}
          onBlur={props.onBlur}
          hint={locks?.emailMessage ? FIXED : "Empty: Box's message (or the template's)."}
          error={err('emailMessage')}
        />
        {!locks?.options && (
          <>
            <label class="choice">
              <input type="checkbox" checked={options.reminders} onChange={(event) => set({ reminders: event.currentTarget.checked })} />
              Remind signers who have not signed (days 3, 8, 13 and 18)
            </label>
            <SelectField
              id="option-colour"
              label="Signature colour"
              value={options.signatureColor}
              options={COLOURS}
              onChange={(colour) => set({ signatureColor: colour as OptionsDraft['signatureColor'] })}
              error={err('signatureColor')}
            />
          </>
        )}
        <TextField
          id="option-days"
          label="Days before it expires"
          inputMode="numeric"
          autoComplete="off"
          value={shown(locks?.daysValid, options.daysValid, template?.daysValid)}
          disabled={locks?.daysValid}
          onInput={(daysValid) => set({ daysValid })}
          onBlur={props.onBlur}
          hint={locks?.daysValid ? FIXED : `0 to ${MAX_DAYS_VALID}. Empty: it never expires${template?.daysValid != null ? ` (the template's: ${template.daysValid})` : ''}.`}
          error={err('daysValid')}
        />
        {props.recentCount > 0 && (
          <p>
            <button type="button" class="link" onClick={props.onForgetRecent}>
              Forget recent signers
            </button>{' '}
            <span class="hint">({props.recentCount} suggested as you type)</span>
          </p>
        )}
      </div>
    </details>
  );
}

/** A hint on the closed section that something is set, so nothing surprising goes out unseen. */
function summaryNote(options: OptionsDraft, template: SignTemplate | null): string {
  if (template) return `: template "${template.name ?? 'Untitled'}"`;
  const set = [options.prepare, options.folder, options.emailSubject, options.emailMessage, options.daysValid, options.reminders, options.signatureColor, options.name]
    .filter((value) => (typeof value === 'string' ? value.trim() !== '' : value)).length;
  return set === 0 ? '' : ` (${set} set)`;
}

type TextAreaProps = {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  onBlur: () => void;
  disabled?: boolean | undefined;
  hint: string;
  error: string | undefined;
};

function TextArea(props: TextAreaProps) {
  const describedBy = [`${props.id}-hint`, props.error ? `${props.id}-error` : null].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        rows={3}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onBlur={props.onBlur}
      />
      <span id={`${props.id}-hint`} class="hint">
        {props.hint}
      </span>
      {props.error && (
        <span id={`${props.id}-error`} class="error">
          {props.error}
        </span>
      )}
    </div>
  );
}

// Everything beyond "who signs": a collapsed "Options" section, so the usual path stays short.
// Fields a chosen template fixes are shown with the template's value, disabled, and not sent.
import { t } from '../../shared/i18n';
import type { ComponentChildren } from 'preact';
import type { SignTemplate } from '../../shared/messages';
import { FIELD, type OptionsDraft, type SignFormErrors } from '../../ui/sign-form';
import { MAX_DAYS_VALID, SIGNATURE_COLORS } from '../../shared/sign-request/limits';
import type { TemplateLocks } from '../../shared/sign-request/template';
import { TextField } from '../../ui/TextField';
import { SelectField } from '../../ui/SelectField';

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

const FIXED = t('templateFixed');
const COLOUR_WORDS = { blue: t('colourBlue'), black: t('colourBlack'), red: t('colourRed') } satisfies Record<(typeof SIGNATURE_COLORS)[number], string>;
const COLOURS = [{ value: '', label: t('colourSignersChoice') }, ...SIGNATURE_COLORS.map((c) => ({ value: c, label: COLOUR_WORDS[c] }))];

export function OptionsSection(props: OptionsSectionProps) {
  const { options, errors, template, locks } = props;
  const set = (patch: Partial<OptionsDraft>) => props.onChange({ ...options, ...patch });
  const err = (name: Parameters<typeof FIELD.option>[0]) => errors[FIELD.option(name)];
  const shown = (locked: boolean | undefined, own: string, templates: string | number | null | undefined) =>
    locked ? String(templates ?? '') : own;
  return (
    <details class="options" open={props.open} onToggle={(event) => props.onToggle(event.currentTarget.open)}>
      <summary>{summaryText(options, template)}</summary>
      <div class="options-body">
        {props.templateChoice}
        {!template && (
          <label class="choice">
            <input type="checkbox" checked={options.prepare} onChange={(event) => set({ prepare: event.currentTarget.checked })} />
            {t('optionPrepare')}
          </label>
        )}
        <TextField
          id="option-folder"
          label={t('optionFolder')}
          autoComplete="off"
          value={options.folder}
          onInput={(folder) => set({ folder })}
          onBlur={props.onBlur}
          hint={template ? t('optionFolderHintTemplate') : t('optionFolderHint')}
          error={err('parentFolderId')}
        />
        <TextField
          id="option-name"
          label={t('optionName')}
          autoComplete="off"
          value={shown(locks?.name, options.name, template?.name)}
          disabled={locks?.name}
          onInput={(name) => set({ name })}
          onBlur={props.onBlur}
          hint={locks?.name ? FIXED : t('optionNameHint')}
          error={err('name')}
        />
        <TextField
          id="option-subject"
          label={t('emailSubjectLabel')}
          autoComplete="off"
          value={shown(locks?.emailSubject, options.emailSubject, template?.emailSubject)}
          disabled={locks?.emailSubject}
          onInput={(emailSubject) => set({ emailSubject })}
          onBlur={props.onBlur}
          hint={locks?.emailSubject ? FIXED : template?.emailSubject ? t('optionSubjectHintTemplate', template.emailSubject) : t('optionSubjectHint')}
          error={err('emailSubject')}
        />
        <TextArea
          id="option-message"
          label={t('emailMessageLabel')}
          value={shown(locks?.emailMessage, options.emailMessage, template?.emailMessage)}
          disabled={locks?.emailMessage}
          onInput={(emailMessage) => set({ emailMessage })}
          onBlur={props.onBlur}
          hint={locks?.emailMessage ? FIXED : t('optionMessageHint')}
          error={err('emailMessage')}
        />
        {!locks?.options && (
          <>
            <label class="choice">
              <input type="checkbox" checked={options.reminders} onChange={(event) => set({ reminders: event.currentTarget.checked })} />
              {t('optionReminders')}
            </label>
            <SelectField
              id="option-colour"
              label={t('optionColour')}
              value={options.signatureColor}
              options={COLOURS}
              onChange={(colour) => set({ signatureColor: colour as OptionsDraft['signatureColor'] })}
              error={err('signatureColor')}
            />
          </>
        )}
        <TextField
          id="option-days"
          label={t('optionDays')}
          inputMode="numeric"
          autoComplete="off"
          value={shown(locks?.daysValid, options.daysValid, template?.daysValid)}
          disabled={locks?.daysValid}
          onInput={(daysValid) => set({ daysValid })}
          onBlur={props.onBlur}
          hint={locks?.daysValid ? FIXED : template?.daysValid != null ? t('optionDaysHintTemplate', MAX_DAYS_VALID, template.daysValid) : t('optionDaysHint', MAX_DAYS_VALID)}
          error={err('daysValid')}
        />
        {props.recentCount > 0 && (
          <p>
            <button type="button" class="link" onClick={props.onForgetRecent}>
              {t('forgetRecent')}
            </button>{' '}
            <span class="hint">{t('recentCount', props.recentCount)}</span>
          </p>
        )}
      </div>
    </details>
  );
}

/** "Options", with a hint on the closed section that something is set, so nothing surprising goes out unseen. */
function summaryText(options: OptionsDraft, template: SignTemplate | null): string {
  if (template) return t('optionsSummaryTemplate', template.name ?? t('untitled'));
  const set = [options.prepare, options.folder, options.emailSubject, options.emailMessage, options.daysValid, options.reminders, options.signatureColor, options.name]
    .filter((value) => (typeof value === 'string' ? value.trim() !== '' : value)).length;
  return set === 0 ? t('optionsSummary') : t('optionsSummarySet', set);
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

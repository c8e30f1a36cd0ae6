// The "Options" section's body (OptionsSection.tsx, which loads it apart): the template picker,
// the request's options, and forgetting recent signers.
import { t } from '../../shared/i18n';
import type { SignTemplate } from '../../shared/messages';
import { FIELD, type OptionsDraft, type SignFormErrors } from '../../ui/sign-form-fields';
import type { TemplateLocks } from '../../shared/sign-request/template-locks';
import { MAX_DAYS_VALID, SIGNATURE_COLORS } from '../../shared/sign-request/limits';
import { TextField } from '../../ui/TextField';
import { SelectField } from '../../ui/SelectField';
import { TemplateChoice, type TemplateChoiceProps } from './TemplateChoice';

/** The section's props (OptionsSection.tsx), here so that the section imports its body and not the other way round. */
export type OptionsSectionProps = {
  open: boolean;
  onToggle: (open: boolean) => void;
  options: OptionsDraft;
  onChange: (options: OptionsDraft) => void;
  onBlur: () => void;
  errors: SignFormErrors;
  template: SignTemplate | null;
  locks: TemplateLocks | null;
  /** The template picker's, rendered first in the body. */
  templateChoice: TemplateChoiceProps;
  recentCount: number;
  onForgetRecent: () => void;
};

const FIXED = t('templateFixed');
const COLOUR_WORDS = { blue: t('colourBlue'), black: t('colourBlack'), red: t('colourRed') } satisfies Record<(typeof SIGNATURE_COLORS)[number], string>;
const COLOURS = [{ value: '', label: t('colourSignersChoice') }, ...SIGNATURE_COLORS.map((c) => ({ value: c, label: COLOUR_WORDS[c] }))];

export function OptionsBody(props: OptionsSectionProps) {
  return (
    <>
      <TemplateChoice {...props.templateChoice} />
      <OptionFields {...props} />
      {props.recentCount > 0 && (
        <p>
          <button type="button" class="link" onClick={props.onForgetRecent}>
            {t('forgetRecent')}
          </button>{' '}
          <span class="hint">{t('recentCount', props.recentCount)}</span>
        </p>
      )}
    </>
  );
}

type TextOption = 'folder' | 'name' | 'emailSubject' | 'emailMessage' | 'daysValid';

function OptionFields({ options, onChange, onBlur, errors, template, locks }: OptionsSectionProps) {
  const set = (patch: Partial<OptionsDraft>) => onChange({ ...options, ...patch });
  /** A text option's TextField props. Where the template fixes it: the template's value, disabled, and why. */
  const text = (key: TextOption, hint: string, locked?: boolean, templates?: string | number | null) => ({
    value: locked ? String(templates ?? '') : options[key],
    disabled: locked,
    onInput: (value: string) => set({ [key]: value }),
    onBlur,
    hint: locked ? FIXED : hint,
    error: errors[FIELD.option(key === 'folder' ? 'parentFolderId' : key)],
  });
  return (
    <>
      {!template && (
        <label class="choice">
          <input type="checkbox" checked={options.prepare} onChange={(event) => set({ prepare: event.currentTarget.checked })} />
          {t('optionPrepare')}
        </label>
      )}
      <TextField id="option-folder" label={t('optionFolder')} {...text('folder', template ? t('optionFolderHintTemplate') : t('optionFolderHint'))} />
      <TextField id="option-name" label={t('optionName')} {...text('name', t('optionNameHint'), locks?.name, template?.name)} />
      <TextField
        id="option-subject"
        label={t('emailSubjectLabel')}
        {...text('emailSubject', template?.emailSubject ? t('optionSubjectHintTemplate', template.emailSubject) : t('optionSubjectHint'), locks?.emailSubject, template?.emailSubject)}
      />
      <TextField
        id="option-message"
        label={t('emailMessageLabel')}
        rows={3}
        spellcheck
        {...text('emailMessage', t('optionMessageHint'), locks?.emailMessage, template?.emailMessage)}
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
            error={errors[FIELD.option('signatureColor')]}
          />
        </>
      )}
      <TextField id="option-days" label={t('optionDays')} inputMode="numeric" {...text('daysValid', daysHint(template), locks?.daysValid, template?.daysValid)} />
    </>
  );
}

function daysHint(template: SignTemplate | null): string {
  return template?.daysValid != null ? t('optionDaysHintTemplate', MAX_DAYS_VALID, template.daysValid) : t('optionDaysHint', MAX_DAYS_VALID);
}

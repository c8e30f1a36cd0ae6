// Everything beyond "who signs": a collapsed "Options" section, so the usual path stays short.
// Fields a chosen template fixes are shown with the template's value, disabled, and not sent.
// Its body (the template picker and the fields, OptionsBody.tsx) is loaded apart: the form is usable
// without it, and the section is closed as the popup opens. It is loaded once the popup is idle
// (SendForm), or when the section is first rendered open, whichever comes first.
import { t } from '../../shared/i18n';
import type { SignTemplate } from '../../shared/messages';
import type { OptionsDraft } from '../../ui/sign-form-fields';
import { lazyComponent } from '../../ui/lazy';
import type { OptionsSectionProps } from './OptionsBody';

export type { OptionsSectionProps };

export const OptionsBody = lazyComponent(() => import('./OptionsBody').then((m) => m.OptionsBody));

export function OptionsSection(props: OptionsSectionProps) {
  const { options, template } = props;
  return (
    <details class="options" open={props.open} onToggle={(event) => props.onToggle(event.currentTarget.open)}>
      <summary>{summaryText(options, template)}</summary>
      <div class="options-body">
        <OptionsBody {...props} />
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

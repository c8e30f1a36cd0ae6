// "Box Sign template": none (the files above), or one of the user's templates, loaded on demand.
import { t } from '../../shared/i18n';
import type { SignTemplate } from '../../shared/messages';
import { SelectField } from '../../ui/SelectField';

export type TemplateList = { state: 'idle' | 'loading' } | { state: 'ok'; templates: SignTemplate[]; more: boolean } | { state: 'failed'; message: string };

export type TemplateChoiceProps = {
  list: TemplateList;
  templateId: string | null;
  error: string | undefined;
  onChoose: (template: SignTemplate | null) => void;
  retry: () => void;
};

export function TemplateChoice({ list, templateId, error, onChoose, retry }: TemplateChoiceProps) {
  const templates = list.state === 'ok' ? list.templates : [];
  const options = [
    { value: '', label: t('templateNone') },
    ...templates.map((template) => ({ value: template.id, label: template.name ?? t('untitledTemplate') })),
    // Chosen in an earlier opening and not (yet) in the list.
    ...(templateId !== null && !templates.some((template) => template.id === templateId) ? [{ value: templateId, label: t('templateChosenBefore') }] : []),
  ];
  const status =
    list.state === 'loading'
      ? t('templatesLoading')
      : list.state === 'ok' && templates.length === 0
        ? t('templatesNone')
        : list.state === 'ok' && list.more
          ? t('templatesFirst200')
          : undefined;
  return (
    <div class="template-choice">
      <SelectField
        id="option-template"
        label={t('templateLabel')}
        value={templateId ?? ''}
        options={options}
        disabled={list.state !== 'ok' && templateId === null}
        onChange={(id) => onChoose(templates.find((template) => template.id === id) ?? null)}
        hint={status}
        error={error}
      />
      {list.state === 'failed' && (
        <p class="error" role="alert">
          {list.message}{' '}
          <button type="button" class="link" onClick={retry}>
            {t('tryAgain')}
          </button>
        </p>
      )}
    </div>
  );
}

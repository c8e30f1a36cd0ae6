// "Box Sign template": none (the files above), or one of the user's templates, loaded on demand.
import type { SignTemplate } from '../shared/messages';
import { SelectField } from './SelectField';

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
    { value: '', label: 'None: send the files above' },
    ...templates.map((t) => ({ value: t.id, label: t.name ?? 'Untitled template' })),
    // Chosen in an earlier opening and not (yet) in the list.
    ...(templateId !== null && !templates.some((t) => t.id === templateId) ? [{ value: templateId, label: 'The template chosen before' }] : []),
  ];
  const status =
    list.state === 'loading'
      ? 'Loading your templates…'
      : list.state === 'ok' && templates.length === 0
        ? 'You have no Box Sign templates. Templates are made in Box Sign on the web.'
        : list.state === 'ok' && list.more
          ? 'Showing your first 200 templates.'
          : undefined;
  return (
    <div class="template-choice">
      <SelectField
        id="option-template"
        label="Box Sign template"
        value={templateId ?? ''}
        options={options}
        disabled={list.state !== 'ok' && templateId === null}
        onChange={(id) => onChoose(templates.find((t) => t.id === id) ?? null)}
        hint={status}
        error={error}
      />
      {list.state === 'failed' && (
        <p class="error" role="alert">
          {list.message}{' '}
          <button type="button" class="link" onClick={retry}>
            Try again
          </button>
        </p>
      )}
    </div>
  );
}

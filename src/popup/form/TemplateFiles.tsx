import { t } from '../../shared/i18n';
import type { ComponentChildren } from 'preact';
import type { SignTemplate } from '../../shared/messages';

export type TemplateFilesProps = {
  template: SignTemplate | null;
  /** True: the files chosen on the page are sent instead of the template's documents. */
  useFiles?: boolean;
  /** Null when the template fixes its documents (or for the result, where nothing can change). */
  onUseFiles?: ((on: boolean) => void) | null;
  /** The file picker, shown when the page's files are used. */
  children?: ComponentChildren;
};

/** With a template, the documents are the template's unless the user sends the page's files instead. */
export function TemplateFiles({ template, useFiles = false, onUseFiles = null, children }: TemplateFilesProps) {
  const names = template?.fileNames ?? [];
  return (
    <div class="file template-files">
      {!useFiles && (
        <>
          <span class="hint">{template ? t('templateDocsOf', template.name ?? t('untitled')) : t('templateDocs')}</span>
          <ul class="sent-files">
            {names.length === 0 ? <li>{template ? t('templateDocsGeneric') : t('templateLoading')}</li> : names.map((name) => <li key={name}><strong>{name}</strong></li>)}
          </ul>
        </>
      )}
      {onUseFiles && (
        <label class="choice">
          <input type="checkbox" checked={useFiles} onChange={(event) => onUseFiles(event.currentTarget.checked)} />
          {t('useFilesInstead')}
        </label>
      )}
      {useFiles && children}
    </div>
  );
}

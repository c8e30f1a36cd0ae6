import type { SignTemplate } from '../../shared/messages';
import { FilePicker, type FilePickerProps } from '../files/FilePicker';
import { PageNotes } from '../files/PageNotes';
import { lazyComponent } from '../../ui/lazy';

/** A template's documents: loaded when a template is chosen (or a draft with one comes back), not with the form. */
const TemplateFiles = lazyComponent(() => import('./TemplateFiles').then((m) => m.TemplateFiles));

export type FormFilesProps = FilePickerProps & {
  /** Set when a template is chosen: its documents are sent unless the page's files are used (`useFiles`). */
  templateId: string | null;
  template: SignTemplate | null;
  useFiles: boolean;
  onUseFiles: (on: boolean) => void;
};

/** The files the form sends: the page's, or a template's documents (or the page's instead, when it allows). */
export function FormFiles({ templateId, template, useFiles, onUseFiles, ...files }: FormFilesProps) {
  const picker = <FilePicker {...files} />;
  if (templateId !== null) {
    return (
      <TemplateFiles template={template} useFiles={useFiles} onUseFiles={template && !template.locks.files ? onUseFiles : null}>
        {picker}
      </TemplateFiles>
    );
  }
  return (
    <>
      {picker}
      {/* Right under the files, where the missing item would have been. */}
      <PageNotes notes={files.offer.notes} resolveError={files.offer.resolveError} />
    </>
  );
}

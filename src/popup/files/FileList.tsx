import { t } from '../../shared/i18n';
import { MAX_FILES } from '../../ui/sign-form-fields';
import { FileRow } from './FileRow';
import type { OfferedFile } from './offer';
import type { Lookup } from './useFileLookups';

export type FileListProps = {
  files: OfferedFile[];
  ticked: string[];
  lookups: Record<string, Lookup>;
  /** Listed files the page left out: counted, not offered. */
  omitted: number;
  error: string | undefined;
  onTick: (id: string, on: boolean) => void;
  retry: (id: string) => void;
};

const LIMIT_NOTE_ID = 'file-limit';
const ERROR_ID = 'file-error';

/** The page's files as checkboxes, in a bounded scrolling list, with the form's file error beside it. */
export function FileList(props: FileListProps) {
  const { files, ticked } = props;
  const full = ticked.length >= MAX_FILES;
  return (
    <fieldset class="files" aria-describedby={props.error ? ERROR_ID : undefined}>
      <legend>{t('filesLegend')}</legend>
      <p class="hint" role="status">
        {ticked.length === 0 ? t('filesNoneTicked') : t('filesTicked', ticked.length, files.length)}
      </p>
      <ul class="file-list">
        {files.map((file) => {
          const isTicked = ticked.includes(file.id);
          return (
            <FileRow
              key={file.id}
              file={file}
              ticked={isTicked}
              limitNoteId={full && !isTicked ? LIMIT_NOTE_ID : null}
              lookup={props.lookups[file.id]}
              onTick={(on) => props.onTick(file.id, on)}
              retry={() => props.retry(file.id)}
            />
          );
        })}
      </ul>
      {props.omitted > 0 && (
        <p class="hint">{props.omitted === 1 ? t('filesOmittedOne', props.omitted) : t('filesOmittedMany', props.omitted)}</p>
      )}
      {full && files.length > MAX_FILES && (
        <p class="hint" id={LIMIT_NOTE_ID}>
          {t('filesLimit', MAX_FILES)}
        </p>
      )}
      {props.error && (
        <p class="error" id={ERROR_ID} role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

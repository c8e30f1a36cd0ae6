import { t } from '../../shared/i18n';
import type { OfferedFile } from './offer';
import { FileLabel, fileName, FileStatus } from './FileStatus';
import type { Lookup } from './useFileLookups';

/** The one file about to be sent: no choice to make, so no checkbox. */
export function FileCard({ file, lookup, retry }: { file: OfferedFile; lookup: Lookup | undefined; retry: () => void }) {
  const name = fileName(file, lookup);
  return (
    <div class="file">
      <p>
        <span class="hint">{t('fileLabel')}</span>
        <br />
        <strong>{name ?? (lookup?.state === 'failed' ? t('fileWithId', file.id) : t('checkingFile'))}</strong>
      </p>
      <FileLabel lookup={lookup} />
      <FileStatus fileId={file.id} lookup={lookup} retry={retry} advice />
    </div>
  );
}

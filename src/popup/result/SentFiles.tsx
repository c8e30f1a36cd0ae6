import { t } from '../../shared/i18n';
import type { OfferedFile } from '../files/offer';
import { fileName } from '../files/FileStatus';
import type { Lookup } from '../files/useFileLookups';

/** The files of the request just sent (or attempted), read-only: the choice is made. */
export function SentFiles({ files, lookups }: { files: OfferedFile[]; lookups: Record<string, Lookup> }) {
  const names = files.map((file) => fileName(file, lookups[file.id]) ?? t('fileWithId', file.id));
  return (
    <div class="file">
      <span class="hint">{names.length === 1 ? t('fileLabel') : t('filesLabel')}</span>
      <ul class="sent-files">
        {names.map((name, index) => (
          <li key={index}>
            <strong>{name}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

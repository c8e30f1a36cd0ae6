import type { OfferedFile } from './offer';
import { fileName, FileStatus } from './FileStatus';
import type { Lookup } from './useFileLookups';

/** The one file about to be sent: no choice to make, so no checkbox. */
export function FileCard({ file, lookup, retry }: { file: OfferedFile; lookup: Lookup | undefined; retry: () => void }) {
  const name = fileName(file, lookup);
  return (
    <div class="file">
      <p>
        <span class="hint">File</span>
        <br />
        <strong>{name ?? (lookup?.state === 'failed' ? `File ${file.id}` : 'Checking the file…')}</strong>
      </p>
      <FileStatus fileId={file.id} lookup={lookup} retry={retry} advice />
    </div>
  );
}

import { t } from '../../shared/i18n';
import type { OfferedFile } from './offer';
import { FileLabel, fileName, FileStatus, hasStatus, statusId } from './FileStatus';
import type { Lookup } from './useFileLookups';

export type FileRowProps = {
  file: OfferedFile;
  ticked: boolean;
  /** Set when the limit is reached and this file is not ticked: the box is disabled, this explains why. */
  limitNoteId: string | null;
  lookup: Lookup | undefined;
  onTick: (on: boolean) => void;
  retry: () => void;
};

/** One offered file: a checkbox named by the file name, and Box's verdict once it is ticked. */
export function FileRow({ file, ticked, limitNoteId, lookup, onTick, retry }: FileRowProps) {
  // Unticked files are not looked up: an old verdict would describe a file that is not being sent.
  const shown = ticked ? lookup : undefined;
  const describedBy = [hasStatus(shown) ? statusId(file.id) : null, limitNoteId].filter(Boolean).join(' ');
  return (
    <li class="file-row">
      <label class="choice">
        <input
          type="checkbox"
          checked={ticked}
          disabled={limitNoteId !== null}
          aria-describedby={describedBy || undefined}
          onChange={(event) => onTick(event.currentTarget.checked)}
        />
        <span class="file-name">{fileName(file, lookup) ?? t('fileWithId', file.id)}</span>
      </label>
      {ticked && <FileLabel lookup={shown} />}
      {ticked && <FileStatus fileId={file.id} lookup={shown} retry={retry} />}
    </li>
  );
}

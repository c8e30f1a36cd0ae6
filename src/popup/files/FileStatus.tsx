import { t } from '../../shared/i18n';
import { isSignableType } from '../../ui/signable-types';
import type { Lookup } from './useFileLookups';

const NO_DOWNLOAD = t('errDownloadNotAllowed');

/** The id of a file's status line, for `aria-describedby` on its checkbox. */
export const statusId = (fileId: string) => `file-${fileId}-status`;

/** What Box said about one ticked file when it is not simply fine: no permission, or a failed lookup. */
export type FileStatusProps = {
  fileId: string;
  lookup: Lookup | undefined;
  retry: () => void;
  /** The single-file card has room for what to do about it; a list row keeps to one sentence. */
  advice?: boolean;
};

export function FileStatus({ fileId, lookup, retry, advice = false }: FileStatusProps) {
  if (lookup?.state === 'ok' && !lookup.file.canDownload) {
    return (
      <p class="file-status warn" id={statusId(fileId)}>
        {NO_DOWNLOAD}
        {advice && ` ${t('noDownloadAdvice')}`}
      </p>
    );
  }
  if (lookup?.state === 'ok' && !isSignableType(lookup.file.extension)) {
    // A warning, not a block: Box converts more types than it lists, and has the last word.
    return (
      <p class="file-status warn" id={statusId(fileId)}>
        {typeWarning(lookup.file.extension)}
      </p>
    );
  }
  if (lookup?.state === 'failed') {
    return (
      <div class="file-status danger" id={statusId(fileId)} role="alert">
        <span>{lookup.message}</span>{' '}
        <button type="button" class="link" onClick={retry}>
          {t('tryAgain')}
        </button>
      </div>
    );
  }
  return null;
}

/** True when the status line above renders, so a checkbox only points at text that exists. */
export function hasStatus(lookup: Lookup | undefined): boolean {
  return lookup?.state === 'failed' || (lookup?.state === 'ok' && (!lookup.file.canDownload || !isSignableType(lookup.file.extension)));
}

function typeWarning(extension: string): string {
  return extension ? t('typeWarningExt', extension) : t('typeWarningNoExt');
}

/** Box's name once looked up; the page's until then. */
export function fileName(file: { id: string; name: string | null }, lookup: Lookup | undefined): string | null {
  return lookup?.state === 'ok' ? lookup.file.name : file.name;
}

/** The file's Box classification label once looked up, which the organisation's rules may depend on. */
export function FileLabel({ lookup }: { lookup: Lookup | undefined }) {
  const label = lookup?.state === 'ok' ? lookup.file.classification : null;
  return label ? <p class="file-status">{t('fileClassified', label)}</p> : null;
}

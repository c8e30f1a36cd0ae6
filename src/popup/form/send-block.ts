import { t } from '../../shared/i18n';
import type { Lookup } from '../files/useFileLookups';

/**
 * Why Send is off, or null. Box refuses files the user may not download, so the request is not
 * even tried; a failed or pending lookup means that is not known yet.
 */
export function sendBlock(ticked: string[], lookups: Record<string, Lookup>): string | null {
  const states = ticked.map((id) => lookups[id]);
  if (states.some((lookup) => lookup?.state === 'ok' && !lookup.file.canDownload)) {
    return ticked.length === 1
      ? t('blockNoDownloadOne')
      : t('blockNoDownloadMany');
  }
  if (states.some((lookup) => lookup?.state === 'failed')) return t('blockLookupFailed');
  if (states.some((lookup) => lookup === undefined || lookup.state === 'loading')) return t('blockChecking');
  return null;
}

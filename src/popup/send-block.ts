import type { Lookup } from './useFileLookups';

/**
 * Why Send is off, or null. Box refuses files the user may not download, so the request is not
 * even tried; a failed or pending lookup means that is not known yet.
 */
export function sendBlock(ticked: string[], lookups: Record<string, Lookup>): string | null {
  const states = ticked.map((id) => lookups[id]);
  if (states.some((lookup) => lookup?.state === 'ok' && !lookup.file.canDownload)) {
    return ticked.length === 1
      ? 'You need download permission on this file to send it.'
      : 'Untick the files you need download permission for, then send the rest.';
  }
  if (states.some((lookup) => lookup?.state === 'failed')) return 'Box could not check a ticked file: try again, or untick it.';
  if (states.some((lookup) => lookup === undefined || lookup.state === 'loading')) return 'Checking the files with Box…';
  return null;
}

// What Box file(s) the current page shows. Minimal for now: the file preview page's URL.
import { fileIdFromUrl } from '../shared/box-urls';
import type { PageFiles } from '../shared/messages';

export function pageFiles(location: Pick<Location, 'href'>): PageFiles {
  const id = fileIdFromUrl(location.href);
  return { files: id ? [{ id, name: null }] : [], pageUrl: location.href };
}

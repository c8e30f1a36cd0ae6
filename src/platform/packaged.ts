// Data files of the extension's own package (guard/confusables.json, guard/phone-metadata.json), read
// when a context first needs one rather than bundled into its scripts: the service worker loads all
// it bundles at start, and the pages' first scripts are budgeted too (issue 13).
import { ext } from './native';
import { CONFUSABLES_FILE, confusablesLoader } from '../shared/guard/confusables';

/** A file of the package, as JSON; rejects when it cannot be read. */
export async function readPackaged(file: string): Promise<unknown> {
  const response = await fetch(ext.runtime.getURL(file));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.json();
}

/** The look-alike table, kept for the context's life: the worker's (`blockLookalikeDomains`), a page's (its notes). */
export const loadConfusables = confusablesLoader(() => readPackaged(CONFUSABLES_FILE));

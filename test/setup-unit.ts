// webextension-polyfill throws outside an extension. Unit tests never touch the real
// browser APIs: modules take their platform dependencies as parameters, and this mock
// makes an accidental import fail loudly instead of at module load.
import { vi } from 'vitest';
import en from '../public/_locales/en/messages.json';
import { formatMessage, type Catalogue } from './i18n-catalogue';
import { loadPhone } from '../src/ui/phone/phone-loader';

vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, {
    get(_target, prop) {
      throw new Error(`browser.${String(prop)} used in a unit test: inject a fake instead`);
    },
  }),
}));

// The one browser API shared code reads directly (src/shared/i18n.ts): English, from the same
// messages.json the build ships, so tests assert on the words users read.
const scope = globalThis as { chrome?: Record<string, unknown> };
scope.chrome = {
  ...scope.chrome,
  i18n: {
    getMessage: (key: string, substitutions?: string | string[]) =>
      formatMessage(en as Catalogue, key, typeof substitutions === 'string' ? [substitutions] : (substitutions ?? [])),
    getUILanguage: () => 'en',
  },
};

// Data files of the package (src/platform/packaged.ts: the look-alike table) are read from public/,
// which the build copies into the package as it is.
vi.mock('../src/platform/packaged', async () => {
  const { readFileSync } = await import('node:fs');
  const { CONFUSABLES_FILE, confusablesLoader } = await import('../src/shared/guard/confusables');
  // vitest runs from the project's root (a mock's factory has no import.meta.url of its own).
  const readPackaged = async (file: string): Promise<unknown> => JSON.parse(readFileSync(`public/${file}`, 'utf8'));
  return { readPackaged, loadConfusables: confusablesLoader(() => readPackaged(CONFUSABLES_FILE)) };
});

// The phone checks load on demand (src/ui/phone/phone-loader.ts; the popup starts the
// load after its first render). Loaded here, so validation in tests is synchronous as before.
await loadPhone();

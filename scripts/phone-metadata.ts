// Ships libphonenumber's full metadata as a file of the build (`guard/phone-metadata.json`), so the
// background can fetch it when the organisation's `blockLandlineSms` needs phone types, instead of
// bundling ~150 KB into the service worker (src/background/guard/phone-types.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** Where the build puts the metadata; the background's PHONE_METADATA_FILE names the same path. */
export const PHONE_METADATA_FILE = 'guard/phone-metadata.json';

export function phoneMetadataPlugin(): Plugin {
  return {
    name: 'secure-sign-phone-metadata',
    generateBundle() {
      const path = createRequire(import.meta.url).resolve('libphonenumber-js/metadata.max.json');
      this.emitFile({ type: 'asset', fileName: PHONE_METADATA_FILE, source: readFileSync(path) });
    },
  };
}

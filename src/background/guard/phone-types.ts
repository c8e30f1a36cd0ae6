// Phone number types in the background, for `blockLandlineSms` only. libphonenumber's full metadata
// (~150 KB) is not bundled into the service worker: it ships as a file in the build (vite.config.ts
// writes `guard/phone-metadata.json`) and is fetched from the extension itself the first time a
// request is checked with that policy on. The parsing code is `libphonenumber-js/core`.
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';

export const PHONE_METADATA_FILE = 'guard/phone-metadata.json';

export type PhoneTypes = (e164: string) => Promise<string | undefined>;

/** `load` fetches the metadata; it is asked once, again only after a failure. */
export function phoneTypes(load: () => Promise<unknown>): PhoneTypes {
  let metadata: Promise<MetadataJson> | null = null;
  return async (e164) => {
    metadata ??= load().then(
      (json) => json as MetadataJson,
      (error: unknown) => {
        metadata = null;
        throw error;
      },
    );
    return parsePhoneNumberFromString(e164, await metadata)?.getType();
  };
}

// storage.local can be read by content scripts (Chrome offers no access level for it), so the
// long-lived secrets kept there (refresh token, client secret) are sealed with AES-GCM under a
// non-extractable key that lives in the service worker's own IndexedDB, which no content
// script or web page can open. What a content script could read is ciphertext only.
import type { StorageArea } from '../shared/storage-area';

const SEALED = 'sealed:v1';

type Sealed = { [SEALED]: true; iv: string; data: string };

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

function isSealed(value: unknown): value is Sealed {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[SEALED] === true;
}

async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  return { [SEALED]: true, iv: toBase64(iv), data: toBase64(data) };
}

async function unseal(key: CryptoKey, sealed: Sealed): Promise<unknown> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, fromBase64(sealed.data));
  return JSON.parse(new TextDecoder().decode(plain));
}

/**
 * A StorageArea that encrypts every value on write and decrypts on read. A value that cannot
 * be decrypted (key lost with the browser profile's IndexedDB, tampering) reads as absent,
 * which the auth code treats as "not connected".
 */
export function sealedArea(inner: StorageArea, getKey: () => Promise<CryptoKey>): StorageArea {
  return {
    async get(keys) {
      const [key, stored] = await Promise.all([getKey(), inner.get(keys)]);
      const out: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(stored)) {
        if (!isSealed(value)) continue;
        try {
          out[name] = await unseal(key, value);
        } catch {
          // Unreadable: treat as absent.
        }
      }
      return out;
    },
    async set(items) {
      const key = await getKey();
      const sealed: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(items)) sealed[name] = await seal(key, value);
      await inner.set(sealed);
    },
    remove: (keys) => inner.remove(keys),
  };
}

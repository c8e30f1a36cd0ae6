// The pages' proof of the settings that protect signers (ui/settings-guard.ts): an HMAC-SHA-256
// under a non-extractable key in the extension's IndexedDB (key-store.ts), so only this browser
// profile's extension pages can make or check one. A module of its own: the background never
// proves anything, and its bundle stays without it.
import { cachedKey } from './key-store';

/** A new HMAC-SHA-256 key, non-extractable: it signs and verifies, never leaves. */
export function newProofKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']) as Promise<CryptoKey>;
}

const getProofKey = cachedKey('settings-proof-v1', newProofKey);

const toBase64 = (bytes: ArrayBuffer): string => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const encode = (text: string) => new TextEncoder().encode(text);

/** HMACs under `getKey()`'s key (this profile's own by default). A proof that is not base64 does not verify. */
export function hmacProver(getKey: () => Promise<CryptoKey> = getProofKey) {
  return {
    sign: async (text: string): Promise<string> => toBase64(await crypto.subtle.sign('HMAC', await getKey(), encode(text))),
    async verify(text: string, proof: string): Promise<boolean> {
      const bytes = Uint8Array.from(atob(proof), (c) => c.charCodeAt(0));
      return crypto.subtle.verify('HMAC', await getKey(), bytes, encode(text));
    },
  };
}

// The worker keeps its Sent list sealed in storage.local (src/background/sealed-area.ts: AES-GCM under the
// non-extractable key in the extension's IndexedDB, src/platform/key-store.ts). Tests that read or age it
// open it the same way, inside the worker, where that key is usable; the function below runs there, so it
// is written out in full (no imports), and reading and writing share it.
import type { Page, Worker } from 'playwright-core';

/** The worker, or an extension page (same origin, same IndexedDB; reading there does not wake the worker). */
type ExtensionContext = Worker | Page;

/** Reads `key` unsealed (no `write`), or seals `write.value` under it as the worker would. */
function sealedOp(context: ExtensionContext, key: string, write?: { value: unknown }): Promise<unknown> {
  return (context as Worker).evaluate(
    async ({ key, write }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('secure-sign', 1);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const cryptoKey = await new Promise<CryptoKey>((resolve, reject) => {
        const get = db.transaction('keys').objectStore('keys').get('sealing-v1');
        get.onsuccess = () => resolve(get.result as CryptoKey);
        get.onerror = () => reject(get.error);
      });
      db.close();
      if (write) {
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, cryptoKey, new TextEncoder().encode(JSON.stringify(write.value))));
        const base64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
        await chrome.storage.local.set({ [key]: { 'sealed:v1': true, iv: base64(iv), data: base64(data) } });
        return undefined;
      }
      const sealed = (await chrome.storage.local.get(key))[key] as { iv: string; data: string } | undefined;
      if (!sealed) return undefined;
      const bytes = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(sealed.iv) }, cryptoKey, bytes(sealed.data));
      return JSON.parse(new TextDecoder().decode(plain)) as unknown;
    },
    { key, write },
  );
}

/** The unsealed value of `key` in storage.local, or undefined. */
export async function readSealed<T>(context: ExtensionContext, key: string): Promise<T | undefined> {
  return (await sealedOp(context, key)) as T | undefined;
}

/** Seals `value` as the worker would and stores it under `key` in storage.local. */
export async function writeSealed(context: ExtensionContext, key: string, value: unknown): Promise<void> {
  await sealedOp(context, key, { value });
}

// The extension's own keys, kept as non-extractable CryptoKeys in the extension origin's IndexedDB
// (structured clone keeps them non-extractable): the sealing key for what the background keeps in
// storage.local, and the key that proves the settings protecting signers (settings-prover.ts).
// Content scripts run in the page's origin and cannot open this database.

const DB = 'secure-sign';
const STORE = 'keys';
const KEY_NAME = 'sealing-v1';
const PHONE_KEY_NAME = 'signer-hmac-v1';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

async function loadOrCreate(name: string, create: () => Promise<CryptoKey>): Promise<CryptoKey> {
  const db = await openDb();
  try {
    const existing = await request(db.transaction(STORE).objectStore(STORE).get(name));
    if (existing instanceof CryptoKey) return existing;
    const key = await create();
    // `add` fails if another context stored a key meanwhile: then use theirs.
    try {
      await request(db.transaction(STORE, 'readwrite').objectStore(STORE).add(key, name));
      return key;
    } catch {
      return (await request(db.transaction(STORE).objectStore(STORE).get(name))) as CryptoKey;
    }
  } finally {
    db.close();
  }
}

/** A new AES-GCM key that can never leave the browser's crypto store (non-extractable). */
export function newSealingKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']) as Promise<CryptoKey>;
}

/** One load per context and key; a failed load is tried again next time. */
export function cachedKey(name: string, create: () => Promise<CryptoKey>): () => Promise<CryptoKey> {
  let cached: Promise<CryptoKey> | undefined;
  return () =>
    (cached ??= loadOrCreate(name, create).catch((error: unknown) => {
      cached = undefined;
      throw error;
    }));
}

/** A new HMAC key, also non-extractable: it hashes signers' phone numbers so storage holds no number. */
export function newSignerHmacKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']) as Promise<CryptoKey>;
}

export const getSealingKey: () => Promise<CryptoKey> = cachedKey(KEY_NAME, newSealingKey);
export const getSignerHmacKey: () => Promise<CryptoKey> = cachedKey(PHONE_KEY_NAME, newSignerHmacKey);

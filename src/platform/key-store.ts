// The sealing key for secrets in storage.local, kept as a non-extractable CryptoKey in the
// extension origin's IndexedDB (structured clone keeps it non-extractable). Content scripts
// run in the page's origin and cannot open this database.

const DB = 'secure-sign';
const STORE = 'keys';
const KEY_NAME = 'sealing-v1';

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

async function loadOrCreate(): Promise<CryptoKey> {
  const db = await openDb();
  try {
    const existing = await request(db.transaction(STORE).objectStore(STORE).get(KEY_NAME));
    if (existing instanceof CryptoKey) return existing;
    const key = await newSealingKey();
    // `add` fails if another context stored a key meanwhile: then use theirs.
    try {
      await request(db.transaction(STORE, 'readwrite').objectStore(STORE).add(key, KEY_NAME));
      return key;
    } catch {
      return (await request(db.transaction(STORE).objectStore(STORE).get(KEY_NAME))) as CryptoKey;
    }
  } finally {
    db.close();
  }
}

/** A new AES-GCM key that can never leave the browser's crypto store (non-extractable). */
export function newSealingKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']) as Promise<CryptoKey>;
}

let cached: Promise<CryptoKey> | undefined;

export function getSealingKey(): Promise<CryptoKey> {
  cached ??= loadOrCreate().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

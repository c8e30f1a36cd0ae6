// Chromium lets a content script read and write storage.local and storage.sync unless the
// extension says otherwise. Ours uses no storage, and a compromised Box page's process could
// otherwise steer the background through what it plants there (tracking records, settings) or
// read recent signers. `setAccessLevel` is Chromium's switch; Firefox has none (Mozilla bug
// 1724754), which is why what the background acts on is also authenticated (record-seal.ts).

type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
type MaybeRestrictable = { setAccessLevel?: (options: { accessLevel: AccessLevel }) => Promise<void> | void };

/**
 * Limits storage.local and storage.sync to the extension's own pages and worker where the browser
 * can. It holds while the worker is stopped (test/e2e/storage-trust.e2e.ts); it runs at every start
 * so that no browser restart or update leaves the areas open. Returns the areas it restricted; a failure is reported, never thrown (the worker must start).
 */
export async function restrictToTrustedContexts(storage: { local: object; sync: object }): Promise<string[]> {
  const restricted: string[] = [];
  for (const name of ['local', 'sync'] as const) {
    const area = storage[name] as MaybeRestrictable;
    if (typeof area.setAccessLevel !== 'function') continue;
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      restricted.push(name);
    } catch (error) {
      console.warn(`Secure Sign: could not restrict storage.${name}`, error instanceof Error ? error.message : error);
    }
  }
  return restricted;
}

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
 * so that no browser restart or update leaves the areas open. A refusal never stops the worker's
 * start, nor the other area's restriction.
 */
export async function restrictToTrustedContexts(storage: { local: object; sync: object }): Promise<void> {
  for (const area of [storage.local, storage.sync] as MaybeRestrictable[]) {
    try {
      await area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
    } catch {
      // Left as the browser has it; the sealed and proven records still hold (see above).
    }
  }
}

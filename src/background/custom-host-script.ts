// The content script on the company Box hosts the user granted (shared/custom-box-host.ts): one
// registered script, kept equal to the granted hosts at every worker start and permission change.
// Registered scripts persist across browser restarts, so a Box tab opened before the worker wakes
// is covered too.
import { customHostsIn, hostPattern } from '../shared/custom-box-host';
import type { ScriptingApi } from '../platform/background-apis';

export const CUSTOM_HOST_SCRIPT_ID = 'custom-box-hosts';

/** Registers (or updates, or removes) the script for the granted company hosts; returns the patterns now registered. */
export async function syncCustomHostScript(scripting: ScriptingApi, grantedOrigins: readonly string[], file: string): Promise<string[]> {
  const matches = customHostsIn(grantedOrigins).map(hostPattern);
  const [registered] = await scripting.getRegisteredContentScripts({ ids: [CUSTOM_HOST_SCRIPT_ID] });
  if (registered && sameList(registered.matches ?? [], matches) && sameList(registered.js ?? [], [file])) return matches;
  if (registered) await scripting.unregisterContentScripts({ ids: [CUSTOM_HOST_SCRIPT_ID] });
  if (matches.length > 0) {
    await scripting.registerContentScripts([{ id: CUSTOM_HOST_SCRIPT_ID, matches, js: [file], runAt: 'document_idle' }]);
  }
  return matches;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

// What the background last found about the Box connection, kept in storage.session so the popup
// can show the form at once instead of waiting for the background to ask Box who is connected.
// Only a hint: the popup still asks the background every time and follows its answer. Holds no
// token and no name, only "connected" and when a developer token runs out. No zod: the popup reads
// it before its larger scripts have run.
import type { AuthState } from './messages';
import type { StorageArea } from './storage-area';

export const KNOWN_AUTH_KEY = 'auth.known';

type KnownAuth = { connected: true; expiresAt: number | null };

/** Records what the background just answered; nothing is kept when not connected. */
export async function writeKnownAuth(area: StorageArea, state: AuthState): Promise<void> {
  if (state.connected) await area.set({ [KNOWN_AUTH_KEY]: { connected: true, expiresAt: state.expiresAt } satisfies KnownAuth });
  else await area.remove(KNOWN_AUTH_KEY);
}

/** True when the background last found the user connected and a developer token has not expired since. */
export function isKnownConnected(stored: unknown, now: number): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const { connected, expiresAt } = stored as Record<string, unknown>;
  if (connected !== true) return false;
  if (expiresAt === null) return true;
  return typeof expiresAt === 'number' && expiresAt > now;
}

export async function readKnownAuth(area: StorageArea, now: number): Promise<boolean> {
  return isKnownConnected((await area.get(KNOWN_AUTH_KEY))[KNOWN_AUTH_KEY], now);
}

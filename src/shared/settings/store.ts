// The user's settings in storage.sync, key `settings`: read (migrated, then repaired field by field)
// and written here only. `saveSettings` is the one writer: the options page, the Sent view's
// notifications toggle (through `updateSettings`) and the upgrade after an install all go through it.
// Only non-default values are stored, with a version; never secrets.
import type { StorageArea } from '../storage-area';
import { migrate, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, SettingsSchema, type SettingKey, type Settings } from './schema';

/** Also written out in platform/popup-early.ts, which may import nothing (its test checks they match). */
export const SETTINGS_KEY = 'settings';

/** Stored shape: `{version, ...non-default values}`. Older versions are migrated on read. */
export function readSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? migrate(stored as Record<string, unknown>) : {};
  return SettingsSchema.parse(record);
}

export function encodeSettings(settings: Settings): Record<string, unknown> {
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const [key, value] of Object.entries(SettingsSchema.parse(settings))) {
    if (value !== DEFAULT_SETTINGS[key as SettingKey]) out[key] = value;
  }
  return out;
}

/**
 * The record to write back when `stored` is from an older version, or null when it is current.
 * Reads migrate anyway; `upgradeSettings` only makes it stick.
 */
export function upgradeStoredSettings(stored: unknown): Record<string, unknown> | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const version = (stored as Record<string, unknown>)['version'];
  if (typeof version === 'number' && version >= SETTINGS_VERSION) return null;
  return encodeSettings(readSettings(stored));
}

async function readStored(area: Pick<StorageArea, 'get'>): Promise<unknown> {
  return (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
}

/** The user's settings (without the organisation's policy). Rejects only when the area cannot be read. */
export async function loadSettings(area: Pick<StorageArea, 'get'>): Promise<Settings> {
  return readSettings(await readStored(area));
}

/** The one writer of the settings. */
export async function saveSettings(area: Pick<StorageArea, 'set'>, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: encodeSettings(settings) });
}

/** Changes some fields of what is stored, keeping the others. */
export async function updateSettings(area: Pick<StorageArea, 'get' | 'set'>, patch: Partial<Settings>): Promise<void> {
  await saveSettings(area, { ...(await loadSettings(area)), ...patch });
}

/** After an install or update (`runtime.onInstalled`): writes an older version's record back upgraded. */
export async function upgradeSettings(area: Pick<StorageArea, 'get' | 'set'>): Promise<void> {
  const stored = await readStored(area);
  if (upgradeStoredSettings(stored)) await saveSettings(area, readSettings(stored));
}

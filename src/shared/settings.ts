// One settings schema with defaults. Reads are repaired field by field (`.catch`), so a bad
// or old stored value never breaks the popup; only non-default values are stored.
import { z } from 'zod';

export const SETTINGS_VERSION = 1;

export const SettingsSchema = z.object({
  /** ISO 3166 region used to read phone numbers typed without a +country code. */
  defaultCountry: z.string().regex(/^[A-Z]{2}$/).catch('US').default('US'),
  /** Which verification the popup selects first. */
  defaultMethod: z.enum(['sms', 'password']).catch('sms').default('sms'),
  /** Pre-ticks "require the SMS code before the signer can view the document". */
  requirePhoneToView: z.boolean().catch(true).default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Stored shape: `{version, ...non-default values}`. */
export function readSettings(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? migrate(stored as Record<string, unknown>) : {};
  return SettingsSchema.parse(record);
}

export function encodeSettings(settings: Settings): Record<string, unknown> {
  const out: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const [key, value] of Object.entries(SettingsSchema.parse(settings))) {
    if (value !== DEFAULT_SETTINGS[key as keyof Settings]) out[key] = value;
  }
  return out;
}

/** Migrations from older stored versions, oldest first. None yet: version 1 is the first. */
function migrate(stored: Record<string, unknown>): Record<string, unknown> {
  return stored;
}

// Migrations of the stored settings record: pure, self-contained (no live types), oldest first. Each
// one takes the stored record of its version and returns the next version's.

export const SETTINGS_VERSION = 2;

/**
 * Version 1 (2026): `defaultCountry`, `defaultMethod` ('sms' | 'password'), `requirePhoneToView`.
 * Version 2 keeps those three as they are (its `defaultMethod` only gains values) and adds fields
 * whose defaults apply. Keys version 1 never wrote are dropped, so nothing stray is carried along.
 * TODO [2028-01-01]: Drop once no version-1 records can remain in anyone's sync storage.
 */
export function migrateV1toV2(v1: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { version: 2 };
  for (const key of ['defaultCountry', 'defaultMethod', 'requirePhoneToView']) {
    if (key in v1) out[key] = v1[key];
  }
  return out;
}

const MIGRATIONS: Record<number, (stored: Record<string, unknown>) => Record<string, unknown>> = { 1: migrateV1toV2 };

/** `stored` brought to the current version; its fields are checked (and repaired) by the schema afterwards. */
export function migrate(stored: Record<string, unknown>): Record<string, unknown> {
  // A record without a version predates versioning: version 1 wrote the same keys.
  let version = typeof stored['version'] === 'number' ? stored['version'] : 1;
  let record = stored;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return {}; // An unknown old version: defaults are safer than guessing.
    record = step(record);
    version += 1;
  }
  // A newer version (the extension was downgraded) is read as is: fields it shares are repaired one by one.
  return record;
}

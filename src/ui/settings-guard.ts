// The settings that protect signers (which verification the form selects first, and whether the
// SMS code is needed to view) live in storage.sync, which a content script can write in Firefox
// (no access level there) and which Chrome Sync copies to the user's other computers. So they are
// stored with a proof: an HMAC under a key that never leaves this browser profile (src/platform/
// settings-prover.ts). A value whose proof does not verify here (planted, or chosen on another computer,
// whose key differs) is not used: the field falls back to its default, the safe choice, and the
// options page says why. The pages wrap the sync area with it, so their reads and the one writer go
// through it. The proof is kept under a key of its own: the background, which never acts on these
// fields and holds no proof key, writes the settings record back with the guarded values it read
// (the notifications toggle, the upgrade after an update) and leaves the proof alone, so a proven
// value stays proven and an unproven one stays unproven.
import type { StorageArea } from '../shared/storage-area';
// From its module, not the settings' index, which would bring the policy's parser into the popup's first script.
import { SETTINGS_KEY } from '../shared/settings/store';
import type { SettingKey } from '../shared/settings';

/** storage.sync key of the proof. */
export const PROOF_KEY = 'settings.proof';
/** The fields a planted value could turn against signers. Their defaults are the safe values. */
export const GUARDED_FIELDS = ['defaultMethod', 'requirePhoneToView'] as const satisfies readonly SettingKey[];
/** Set on a record as read when guarded fields were dropped: they did not verify on this computer. */
export const UNVERIFIED = 'unverified';

/** An HMAC under this profile's own key. */
export type Prover = {
  sign(text: string): Promise<string>;
  verify(text: string, proof: string): Promise<boolean>;
};

type Stored = Record<string, unknown>;

function isRecord(value: unknown): value is Stored {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the proof covers: the guarded values as stored (absent ones included, as null). */
function provenText(record: Stored): string {
  return JSON.stringify(GUARDED_FIELDS.map((field) => record[field] ?? null));
}

const hasGuarded = (record: Stored) => GUARDED_FIELDS.some((field) => field in record);

/** The record as read: unchanged when its guarded values verify, else without them and marked. */
export async function checkRecord(record: Stored, proof: unknown, prover: Prover): Promise<Stored> {
  const rest = { ...record };
  if (!hasGuarded(rest)) return rest;
  if (typeof proof === 'string' && (await prover.verify(provenText(rest), proof).catch(() => false))) return rest;
  const dropped = GUARDED_FIELDS.filter((field) => field in rest);
  for (const field of dropped) delete rest[field];
  return { ...rest, [UNVERIFIED]: dropped };
}

/** What to write for a record: itself without the read-time mark, and the proof of its guarded values. */
export async function proveRecord(record: Stored, prover: Prover): Promise<Stored> {
  const { [UNVERIFIED]: _mark, ...rest } = record;
  return { [SETTINGS_KEY]: rest, [PROOF_KEY]: hasGuarded(rest) ? await prover.sign(provenText(rest)) : null };
}

/** storage.sync with the settings record checked on every read and proven on every write. */
export function guardedSettingsArea(inner: StorageArea, prover: Prover): StorageArea {
  return {
    async get(keys) {
      const wanted = typeof keys === 'string' ? [keys] : keys;
      const { [PROOF_KEY]: proof, ...values } = await inner.get(wanted.includes(SETTINGS_KEY) ? [...wanted, PROOF_KEY] : wanted);
      const record = values[SETTINGS_KEY];
      if (isRecord(record)) values[SETTINGS_KEY] = await checkRecord(record, proof, prover);
      return values;
    },
    async set(items) {
      const record = items[SETTINGS_KEY];
      // One write: the record and its proof change together.
      await inner.set(isRecord(record) ? { ...items, ...(await proveRecord(record, prover)) } : items);
    },
    remove: (keys) => inner.remove(keys),
  };
}

/** The guarded fields the stored record had but that could not be confirmed on this computer. */
export async function unverifiedFields(area: Pick<StorageArea, 'get'>): Promise<SettingKey[]> {
  const record = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const mark = isRecord(record) ? record[UNVERIFIED] : undefined;
  return Array.isArray(mark) ? GUARDED_FIELDS.filter((field) => mark.includes(field)) : [];
}


// Enterprise policy (storage.managed; Chrome validates it against managed_schema.json, Firefox
// passes on whatever `3rdparty.Extensions` holds, so it is parsed here either way). `readManagedPolicy`
// parses what the browser hands over, `effectiveSettings` merges it over the user's values and says
// which fields are locked.
import * as z from 'zod/mini';
import { SETTING_KEYS, SettingsFields, type SettingKey, type Settings } from './schema';

export type ManagedPolicy = {
  /** The organisation's Box app: pre-filled and locked on the options page. */
  clientId: string | null;
  /** The app's client secret, if the organisation hands it out by policy (see managed_schema.json). */
  clientSecret: string | null;
  /** `acme` for `acme.app.box.com` (or `acme.ent.box.com` for a Verified Enterprise). */
  enterpriseSubdomain: string | null;
  /** Box Verified Enterprise: its users sign in through `ent.box.com` [auth.md §1]. */
  verifiedEnterprise: boolean;
  /** Defaults the organisation sets: they override the user's and are locked. */
  settings: Readonly<Partial<Settings>>;
  /** Policy keys that were set but invalid, and so ignored (shown for support). */
  ignored: readonly string[];
};

export const NO_POLICY: ManagedPolicy = Object.freeze({
  clientId: null,
  clientSecret: null,
  enterpriseSubdomain: null,
  verifiedEnterprise: false,
  settings: Object.freeze({}),
  ignored: Object.freeze([]),
});

const CredentialSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
// DNS label: letters, digits, inner hyphens.
const SubdomainSchema = z.string().check(z.trim(), z.toLowerCase(), z.regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/));

/** Policy values are never null (Chrome allows one type per policy): an empty string sets a nullable field to null. */
const NULL_FROM_EMPTY = new Set<SettingKey>(['defaultParentFolderId', 'emailSubject', 'emailMessage']);

/** Parses `storage.managed.get()`'s answer. Never throws: invalid keys are ignored and listed. */
export function readManagedPolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NO_POLICY;
  const input = raw as Record<string, unknown>;
  const ignored: string[] = [];
  const pick = <T>(key: string, schema: z.ZodMiniType<T>): T | undefined => {
    if (input[key] === undefined) return undefined;
    const parsed = schema.safeParse(input[key]);
    if (parsed.success) return parsed.data;
    ignored.push(key);
    return undefined;
  };

  const settings: Partial<Record<SettingKey, unknown>> = {};
  for (const key of SETTING_KEYS) {
    const raw = input[key];
    const value = NULL_FROM_EMPTY.has(key) && typeof raw === 'string' && raw.trim() === '' ? null : raw;
    if (value === undefined) continue;
    const parsed = SettingsFields[key].safeParse(value);
    if (parsed.success) settings[key] = parsed.data;
    else ignored.push(key);
  }

  return {
    clientId: pick('clientId', CredentialSchema) ?? null,
    clientSecret: pick('clientSecret', CredentialSchema) ?? null,
    enterpriseSubdomain: pick('enterpriseSubdomain', SubdomainSchema) ?? null,
    verifiedEnterprise: pick('verifiedEnterprise', z.boolean()) ?? false,
    settings: settings as Partial<Settings>,
    ignored,
  };
}

export type EffectiveSettings = {
  /** What the UI uses: the organisation's values where set, else the user's. */
  settings: Settings;
  /** True for each field the organisation sets: show it, disabled, with "Set by your organisation". */
  locked: Record<SettingKey, boolean>;
};

export function effectiveSettings(user: Settings, managed: ManagedPolicy): EffectiveSettings {
  const settings = { ...user };
  const locked = {} as Record<SettingKey, boolean>;
  for (const key of SETTING_KEYS) {
    const value = managed.settings[key];
    locked[key] = value !== undefined;
    if (value !== undefined) (settings as Record<SettingKey, unknown>)[key] = value;
  }
  return { settings, locked };
}

// One settings schema with defaults. Reads are repaired field by field (`.catch`), so a bad
// or old stored value never breaks the popup; only non-default values are stored (storage.sync,
// key `settings`, never secrets). An organisation can set any field by policy (storage.managed):
// `readManagedPolicy` parses what the browser hands over, `effectiveSettings` merges it over the
// user's values and says which fields are locked.
import * as z from 'zod/mini';
import type { util } from 'zod/v4/core';
import { FOLDER_ID, ROOT_FOLDER_ID } from './box-ids';
import { t } from './i18n';
import { MAX_DAYS_VALID, MAX_EMAIL_MESSAGE, MAX_EMAIL_SUBJECT, SIGN_METHODS } from './sign-request/limits';

export const SETTINGS_VERSION = 2;

export const ROOT_FOLDER_MESSAGE = t('rootFolder');

const FolderIdSchema = z.string().check(
  z.regex(FOLDER_ID, t('folderIdInvalid')),
  z.refine((id) => id !== ROOT_FOLDER_ID, ROOT_FOLDER_MESSAGE),
);

// Line breaks and other control characters have no place in an email subject.
const CONTROL = /\p{Cc}/u;
// A message may have line breaks and tabs, nothing else of the kind.
const CONTROL_EXCEPT_LINES = /[^\P{Cc}\n\r\t]/u;

/** An email subject or message: trimmed, not empty, at most `max` characters, none of `forbidden`. */
function emailText(max: number, forbidden: RegExp, empty: string, tooLong: string, badChars: string) {
  return z.string().check(z.trim(), z.minLength(1, empty), z.maxLength(max, tooLong), z.refine((text) => !forbidden.test(text), badChars));
}

/**
 * What a valid value of each field is, without repair. The options page validates what the user
 * types with these (their messages are shown beside the fields) and the policy parser checks what
 * an organisation sets; `SettingsSchema` below wraps each one with its default and repair.
 */
export const SettingsFields = {
  /** ISO 3166 region used to read phone numbers typed without a +country code. */
  defaultCountry: z.string().check(z.regex(/^[A-Z]{2}$/, t('chooseCountry'))),
  /** Which verification the popup selects first: SMS code, password, Box sign-in (`login_required`), or none. */
  defaultMethod: z.enum(SIGN_METHODS, t('chooseVerification')),
  /** Pre-ticks "require the SMS code before the signer can view the document". */
  requirePhoneToView: z.boolean(),
  /** Where Box puts the signed copy and signing log; null: Box's choice (the first file's folder, else "My Sign Requests"). */
  defaultParentFolderId: z.nullable(FolderIdSchema),
  /** Subject of Box's email to signers; null: Box's default. */
  emailSubject: z.nullable(emailText(MAX_EMAIL_SUBJECT, CONTROL, t('subjectEmpty'), t('keepSubject', MAX_EMAIL_SUBJECT), t('subjectOneLine'))),
  /** Message in Box's email to signers; null: Box's default. */
  emailMessage: z.nullable(emailText(MAX_EMAIL_MESSAGE, CONTROL_EXCEPT_LINES, t('messageEmpty'), t('keepMessage', MAX_EMAIL_MESSAGE), t('messageChars'))),
  /** Days until an unsigned request expires; null: it never expires (Box's default). */
  daysValid: z.nullable(
    z
      .number(t('daysWhole', MAX_DAYS_VALID))
      .check(
        z.int(t('daysWhole', MAX_DAYS_VALID)),
        z.minimum(0, t('daysWhole', MAX_DAYS_VALID)),
        z.maximum(MAX_DAYS_VALID, t('daysMax', MAX_DAYS_VALID)),
      ),
  ),
  /** Box reminds outstanding signers on days 3, 8, 13 and 18 (`are_reminders_enabled`). */
  remindersEnabled: z.boolean(),
  /** Tell the sender when a request is finished (read by request tracking, which asks for its own permission). */
  notifyOnFinish: z.boolean(),
} as const;

/** A field's value when valid, else (missing or damaged in storage) its default. */
function orDefault<T extends z.ZodMiniType>(field: T, fallback: util.NoUndefined<z.output<T>>) {
  const repaired = z.catch(field, fallback);
  return z._default<typeof repaired>(repaired, fallback as util.NoUndefined<z.output<typeof repaired>>);
}

export const SettingsSchema = z.object({
  defaultCountry: orDefault(SettingsFields.defaultCountry, 'US'),
  defaultMethod: orDefault(SettingsFields.defaultMethod, 'sms'),
  requirePhoneToView: orDefault(SettingsFields.requirePhoneToView, true),
  defaultParentFolderId: orDefault(SettingsFields.defaultParentFolderId, null),
  emailSubject: orDefault(SettingsFields.emailSubject, null),
  emailMessage: orDefault(SettingsFields.emailMessage, null),
  daysValid: orDefault(SettingsFields.daysValid, null),
  remindersEnabled: orDefault(SettingsFields.remindersEnabled, false),
  notifyOnFinish: orDefault(SettingsFields.notifyOnFinish, false),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];

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
 * The record to write back when `stored` is from an older version (for the background to call on
 * `runtime.onInstalled`), or null when it is current. Reads migrate anyway; this only makes it stick.
 */
export function upgradeStoredSettings(stored: unknown): Record<string, unknown> | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const version = (stored as Record<string, unknown>)['version'];
  if (typeof version === 'number' && version >= SETTINGS_VERSION) return null;
  return encodeSettings(readSettings(stored));
}

// ---------------------------------------------------------------------------------------------
// Migrations: pure, self-contained (no live types), oldest first. Each one takes the stored record
// of its version and returns the next version's.

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

function migrate(stored: Record<string, unknown>): Record<string, unknown> {
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

// ---------------------------------------------------------------------------------------------
// Enterprise policy (storage.managed; Chrome validates it against managed_schema.json, Firefox
// passes on whatever `3rdparty.Extensions` holds, so it is parsed here either way).

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

/** The Box web app the organisation uses: `https://acme.app.box.com`, `https://acme.ent.box.com`, or `https://app.box.com`. */
export function boxWebOrigin(managed: Pick<ManagedPolicy, 'enterpriseSubdomain' | 'verifiedEnterprise'>): string {
  const service = managed.verifiedEnterprise ? 'ent' : 'app';
  return `https://${managed.enterpriseSubdomain ? `${managed.enterpriseSubdomain}.` : ''}${service}.box.com`;
}

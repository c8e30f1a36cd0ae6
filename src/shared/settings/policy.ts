// Enterprise policy (storage.managed; Chrome validates it against managed_schema.json, Firefox
// passes on whatever `3rdparty.Extensions` holds, so it is parsed here either way). `readManagedPolicy`
// parses what the browser hands over, `effectiveSettings` merges it over the user's values, says
// which fields are locked and carries the organisation's rules (policy-rules.ts). Every context
// (popup, options page, background) takes its settings from `effectiveSettings`, through
// `loadEffectiveSettings` where it reads them from storage.
import * as z from 'zod/mini';
import { SIGN_METHODS, type SignMethod } from '../sign-request/limits';
import type { StorageArea } from '../storage-area';
import { readPolicyRules, type PolicyRules } from './policy-rules';
import { DEFAULT_SETTINGS, SETTING_KEYS, SettingsFields, type SettingKey, type Settings } from './schema';
import { loadSettings } from './store';

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
  /** Rules the organisation enforces: the popup obeys them and the background refuses what breaks them. */
  rules: Readonly<PolicyRules>;
  /** Policy keys that were set but invalid, and so ignored (shown for support). */
  ignored: readonly string[];
};

export const NO_POLICY: ManagedPolicy = Object.freeze({
  clientId: null,
  clientSecret: null,
  enterpriseSubdomain: null,
  verifiedEnterprise: false,
  settings: Object.freeze({}),
  rules: Object.freeze({}),
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

  const rules = readPolicyRules(input);
  ignored.push(...rules.ignored);

  return {
    clientId: pick('clientId', CredentialSchema) ?? null,
    clientSecret: pick('clientSecret', CredentialSchema) ?? null,
    enterpriseSubdomain: pick('enterpriseSubdomain', SubdomainSchema) ?? null,
    verifiedEnterprise: pick('verifiedEnterprise', z.boolean()) ?? false,
    settings: settings as Partial<Settings>,
    rules: rules.rules,
    ignored,
  };
}

export type EffectiveSettings = {
  /** What the UI uses: the organisation's values where set, else the user's. */
  settings: Settings;
  /** True for each field the organisation sets: show it, disabled, with "Set by your organisation". */
  locked: Record<SettingKey, boolean>;
  /** The organisation's rules ({} without a policy). */
  rules: Readonly<PolicyRules>;
};

export function effectiveSettings(user: Settings, managed: ManagedPolicy): EffectiveSettings {
  const settings = { ...user };
  const locked = {} as Record<SettingKey, boolean>;
  for (const key of SETTING_KEYS) {
    const value = managed.settings[key];
    locked[key] = value !== undefined;
    if (value !== undefined) (settings as Record<SettingKey, unknown>)[key] = value;
  }
  settings.defaultMethod = startingMethod(settings.defaultMethod, managed.rules);
  return { settings, locked, rules: managed.rules };
}

/**
 * The method new signers start with: the default when the rules allow it, else the first method they
 * do (in the organisation's order). With no method allowed it stays: sending is blocked anyway.
 */
function startingMethod(wanted: SignMethod, rules: PolicyRules): SignMethod {
  const allowed = offeredMethods(rules);
  return allowed.includes(wanted) || allowed.length === 0 ? wanted : allowed[0]!;
}

/** The methods the rules let a sender choose for anyone, in the organisation's order (`none` not with a password for all). */
export function offeredMethods(rules: PolicyRules): SignMethod[] {
  return (rules.allowedMethods ?? SIGN_METHODS).filter((method) => !(rules.requirePassword && method === 'none'));
}

/**
 * The effective settings from storage: the user's (storage.sync) under the organisation's
 * (`readManaged`, storage.managed unparsed). A policy that cannot be read counts as none; settings
 * that cannot be read are the defaults, so the form still works.
 */
export async function loadEffectiveSettings(sync: Pick<StorageArea, 'get'>, readManaged: () => Promise<unknown>): Promise<EffectiveSettings & { policy: ManagedPolicy }> {
  const [user, raw] = await Promise.all([loadSettings(sync).catch(() => ({ ...DEFAULT_SETTINGS })), readManaged().catch(() => undefined)]);
  const policy = readManagedPolicy(raw);
  return { ...effectiveSettings(user, policy), policy };
}

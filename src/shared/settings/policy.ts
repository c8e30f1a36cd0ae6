// Enterprise policy (storage.managed; Chrome validates it against managed_schema.json, Firefox
// passes on whatever `3rdparty.Extensions` holds, so it is parsed here either way). `readManagedPolicy`
// parses what the browser hands over; effective.ts merges it over the user's values.
import * as z from 'zod/mini';
import { NO_POLICY, type ManagedPolicy } from './managed-policy';
import { readPolicyRules } from './policy-rules';
import { SETTING_KEYS, SettingsFields, type SettingKey, type Settings } from './schema';

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

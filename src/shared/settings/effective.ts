// The settings every context uses: the organisation's policy (policy.ts parses it) over the user's
// values, which fields it locks, and its rules (policy-rules.ts). Every context (popup, options page,
// background) takes its settings from `effectiveSettings`; the pages read them from storage through
// ui/effective-settings.ts.
import { SIGN_METHODS, type SignMethod } from '../sign-request/limits';
import type { PolicyRules } from './policy-rules';
import { SETTING_KEYS, type SettingKey, type Settings } from './schema';
import type { ManagedPolicy } from './managed-policy';

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

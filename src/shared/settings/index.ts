// The extension's settings, in one module: the fields with their defaults (schema.ts), the migrations
// of what is stored (migrations.ts), storage and its one writer (store.ts), and the organisation's
// policy (policy.ts) over the user's values (effective.ts), and the rules it enforces (policy-rules.ts).
export { migrateV1toV2 } from './migrations';
export { effectiveSettings, offeredMethods, type EffectiveSettings } from './effective';
export { NO_POLICY, type ManagedPolicy } from './managed-policy';
export { readManagedPolicy } from './policy';
export { labelRule, RULE_KEYS, type ClassificationRule, type PolicyRules, type RuleKey } from './policy-rules';
export { DEFAULT_SETTINGS, ROOT_FOLDER_MESSAGE, SETTING_KEYS, SettingsFields, type SettingKey, type Settings } from './schema';
export {
  encodeSettings,
  loadSettings,
  readSettings,
  saveSettings,
  SETTINGS_KEY,
  updateSettings,
  upgradeSettings,
  upgradeStoredSettings,
} from './store';

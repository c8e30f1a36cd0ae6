// The pages' read of their settings: the user's under the organisation's policy (shared/settings).
// The policy's parser is loaded only when storage.managed holds a policy: without one (most users) the
// popup's first script carries neither it nor the rules' reader. In the pages' layer, not shared/: the
// service worker parses the policy itself (background/policy), and a dynamic import in a module it
// bundles costs it the import's runtime even where the function is dropped.
import type { StorageArea } from '../shared/storage-area';
import { effectiveSettings, type EffectiveSettings } from '../shared/settings/effective';
import { NO_POLICY, type ManagedPolicy } from '../shared/settings/managed-policy';
import { DEFAULT_SETTINGS } from '../shared/settings/schema';
import { loadSettings } from '../shared/settings/store';

/**
 * The effective settings from storage: the user's (storage.sync) under the organisation's
 * (`readManaged`, storage.managed unparsed). A policy that cannot be read counts as none; settings
 * that cannot be read are the defaults, so the form still works.
 */
export async function loadEffectiveSettings(sync: Pick<StorageArea, 'get'>, readManaged: () => Promise<unknown>): Promise<EffectiveSettings & { policy: ManagedPolicy }> {
  const [user, raw] = await Promise.all([loadSettings(sync).catch(() => ({ ...DEFAULT_SETTINGS })), readManaged().catch(() => undefined)]);
  const policy = isPolicySet(raw) ? (await import('../shared/settings/policy')).readManagedPolicy(raw) : NO_POLICY;
  return { ...effectiveSettings(user, policy), policy };
}

/** Whether storage.managed holds a policy to parse: `readManagedPolicy` reads anything else (`{}` included) as none. */
function isPolicySet(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && Object.keys(raw).length > 0;
}

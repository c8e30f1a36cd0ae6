// What the page reads once as it opens: the effective settings (the organisation's policy over the
// person's), the chosen template, the files' names, a batch still running from an earlier visit, and
// the signer guard's look-alike table (a data file of the package, platform/packaged.ts).
import { useEffect, useState } from 'preact/hooks';
import type { BulkView, FileInfo, SignTemplate } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { loadEffectiveSettings } from '../ui/effective-settings';
import { SIGN_METHODS, type SignMethod } from '../shared/sign-request/limits';
import { loadPhone } from '../ui/sign-form';
import { guardPolicyOf, NO_GUARD_POLICY, type GuardPolicy } from '../shared/guard/policy';
import type { Confusables } from '../shared/guard/confusables';
import { loadConfusables } from '../platform/packaged';
import type { BulkDeps } from './deps';

export type Setup = {
  settings: Settings;
  /** The method is the organisation's: the page shows it, not a choice. */
  methodLocked: boolean;
  /** The methods the organisation allows (all without a policy). */
  allowedMethods: readonly SignMethod[];
  template: SignTemplate | null;
  files: FileInfo[];
  batch: BulkView | null;
  /** The signer guard's policy (the organisation's), the domains a look-alike is measured against, and its table. */
  guard: { policy: GuardPolicy; trusted: string[]; confusables: Confusables };
  error: string | null;
  ready: boolean;
};

// Before the setup has read the real ones: Check recipients waits for the setup.
const NO_GUARD: Setup['guard'] = { policy: NO_GUARD_POLICY, trusted: [], confusables: new Map() };

export function useSetup({ background, settingsArea, readManaged, launch }: BulkDeps): Setup {
  const [setup, setSetup] = useState<Setup>({ settings: DEFAULT_SETTINGS, methodLocked: false, allowedMethods: SIGN_METHODS, template: null, files: [], batch: null, guard: NO_GUARD, error: null, ready: false });
  useEffect(() => {
    void (async () => {
      try {
        // The organisation's policy over the person's settings: its default method, its allowed methods.
        const [effective, confusables] = await Promise.all([loadEffectiveSettings(settingsArea, readManaged), loadConfusables(), loadPhone()]);
        const allowedMethods = effective.rules.allowedMethods ?? SIGN_METHODS;
        const template = launch.templateId ? ((await background('listTemplates', {})).templates.find((t) => t.id === launch.templateId) ?? null) : null;
        const files = await Promise.all(launch.fileIds.map((fileId) => background('getFile', { fileId })));
        const batch = await background('bulkStatus', {});
        const policy = guardPolicyOf(effective.rules);
        const known = await background('getGuardContext', {}).then((c) => c.sentDomains, () => []);
        const guard = { policy, trusted: [...new Set([...policy.internalDomains, ...known])], confusables };
        setSetup({ settings: effective.settings, methodLocked: effective.locked.defaultMethod, allowedMethods, template, files, batch, guard, error: null, ready: true });
      } catch (error) {
        setSetup((s) => ({ ...s, error: error instanceof Error ? error.message : String(error), ready: true }));
      }
    })();
  }, []);
  return setup;
}

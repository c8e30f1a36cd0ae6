// What the page reads once as it opens: the effective settings (the organisation's policy over the
// person's), the chosen template, the files' names, and a batch still running from an earlier visit.
import { useEffect, useState } from 'preact/hooks';
import type { BulkView, FileInfo, SignTemplate } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { loadEffectiveSettings } from '../ui/effective-settings';
import { SIGN_METHODS, type SignMethod } from '../shared/sign-request/limits';
import { loadPhone } from '../ui/sign-form';
import { guardPolicyOf, NO_GUARD_POLICY, type GuardPolicy } from '../shared/guard/policy';
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
  /** The signer guard's policy (the organisation's) and the domains a look-alike is measured against. */
  guard: { policy: GuardPolicy; trusted: string[] };
  error: string | null;
  ready: boolean;
};

export function useSetup({ background, settingsArea, readManaged, launch }: BulkDeps): Setup {
  const [setup, setSetup] = useState<Setup>({ settings: DEFAULT_SETTINGS, methodLocked: false, allowedMethods: SIGN_METHODS, template: null, files: [], batch: null, guard: { policy: NO_GUARD_POLICY, trusted: [] }, error: null, ready: false });
  useEffect(() => {
    void (async () => {
      try {
        // The organisation's policy over the person's settings: its default method, its allowed methods.
        const [effective] = await Promise.all([loadEffectiveSettings(settingsArea, readManaged), loadPhone()]);
        const allowedMethods = effective.rules.allowedMethods ?? SIGN_METHODS;
        const template = launch.templateId ? ((await background('listTemplates', {})).templates.find((t) => t.id === launch.templateId) ?? null) : null;
        const files = await Promise.all(launch.fileIds.map((fileId) => background('getFile', { fileId })));
        const batch = await background('bulkStatus', {});
        const policy = guardPolicyOf(effective.rules);
        const known = await background('getGuardContext', {}).then((c) => c.sentDomains, () => []);
        const guard = { policy, trusted: [...new Set([...policy.internalDomains, ...known])] };
        setSetup({ settings: effective.settings, methodLocked: effective.locked.defaultMethod, allowedMethods, template, files, batch, guard, error: null, ready: true });
      } catch (error) {
        setSetup((s) => ({ ...s, error: error instanceof Error ? error.message : String(error), ready: true }));
      }
    })();
  }, []);
  return setup;
}

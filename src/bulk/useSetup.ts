// What the page reads once as it opens: the effective settings (the organisation's policy over the
// person's), the chosen template, the files' names, and a batch still running from an earlier visit.
import { useEffect, useState } from 'preact/hooks';
import type { BulkView, FileInfo, SignTemplate } from '../shared/messages';
import { DEFAULT_SETTINGS, effectiveSettings, loadSettings, readManagedPolicy, type Settings } from '../shared/settings';
import { loadPhone } from '../ui/sign-form';
import type { BulkDeps } from './deps';

export type Setup = {
  settings: Settings;
  /** The method is the organisation's: the page shows it, not a choice. */
  methodLocked: boolean;
  template: SignTemplate | null;
  files: FileInfo[];
  batch: BulkView | null;
  error: string | null;
  ready: boolean;
};

export function useSetup({ background, settingsArea, readManaged, launch }: BulkDeps): Setup {
  const [setup, setSetup] = useState<Setup>({ settings: DEFAULT_SETTINGS, methodLocked: false, template: null, files: [], batch: null, error: null, ready: false });
  useEffect(() => {
    void (async () => {
      try {
        const [user, managed] = await Promise.all([loadSettings(settingsArea), readManaged().then(readManagedPolicy), loadPhone()]);
        const effective = effectiveSettings(user, managed);
        const template = launch.templateId ? ((await background('listTemplates', {})).templates.find((t) => t.id === launch.templateId) ?? null) : null;
        const files = await Promise.all(launch.fileIds.map((fileId) => background('getFile', { fileId })));
        const batch = await background('bulkStatus', {});
        setSetup({ settings: effective.settings, methodLocked: effective.locked.defaultMethod, template, files, batch, error: null, ready: true });
      } catch (error) {
        setSetup((s) => ({ ...s, error: error instanceof Error ? error.message : String(error), ready: true }));
      }
    })();
  }, []);
  return setup;
}

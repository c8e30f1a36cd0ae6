// Everything the popup must know before it can show the form, loaded in one go.
import type { FileInfo } from '../shared/messages';
import { readSettings, type Settings } from '../shared/settings';
import type { SignFormDraft } from '../shared/sign-form';
import { errorMessage } from '../ui/errors';
import type { PopupDeps } from './deps';
import { createDraftStore, defaultDraft } from './draft';

export type Setup =
  | { kind: 'disconnected' }
  | { kind: 'noFile' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; settings: Settings; file: FileInfo; fileIds: string[]; draft: SignFormDraft };

export async function loadSettings(area: PopupDeps['settingsArea']): Promise<Settings> {
  try {
    return readSettings((await area.get('settings'))['settings']);
  } catch {
    return readSettings(undefined); // Defaults: the form still works without stored settings.
  }
}

export async function loadSetup(deps: PopupDeps): Promise<Setup> {
  // Started together; awaited in order of importance, so "not connected" wins over a tab error.
  const settings = loadSettings(deps.settingsArea);
  const page = deps.getActiveTabFiles().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  try {
    const auth = await deps.background('getAuthState', {});
    if (!auth.connected) return { kind: 'disconnected' };
    const files = await page;
    if (!files.ok) throw files.error;
    const first = files.value?.files[0];
    if (!first) return { kind: 'noFile' };
    const [file, stored, loaded] = await Promise.all([
      deps.background('getFile', { fileId: first.id }),
      createDraftStore(deps.draftArea).load(first.id),
      settings,
    ]);
    return { kind: 'ready', settings: loaded, file, fileIds: [first.id], draft: stored ?? defaultDraft(loaded) };
  } catch (error) {
    return { kind: 'failed', message: errorMessage(error) };
  }
}

// How the context menu tells the sending UI which file was chosen: a one-time note in
// storage.session (extension pages only), taken by the UI as it opens. Short-lived, so a
// toolbar click later never reuses an old choice.
import * as z from 'zod/mini';
import { PageFilesSchema, type PageFiles } from './schemas/page-files';
import type { StorageArea } from './storage-area';

export const LAUNCH_KEY = 'ui.launch';
export const LAUNCH_TTL_MS = 60_000;

const LaunchSchema = z.object({ pageFiles: PageFilesSchema, createdAt: z.number() });

export async function putLaunch(area: StorageArea, pageFiles: PageFiles | null, now: number): Promise<void> {
  if (pageFiles) await area.set({ [LAUNCH_KEY]: { pageFiles, createdAt: now } });
  else await area.remove(LAUNCH_KEY);
}

/** The chosen files, once; null when there is no fresh choice (then the UI asks the page). */
export async function takeLaunch(area: StorageArea, now: number): Promise<PageFiles | null> {
  const stored = (await area.get(LAUNCH_KEY))[LAUNCH_KEY];
  if (stored === undefined) return null;
  await area.remove(LAUNCH_KEY);
  const launch = LaunchSchema.safeParse(stored);
  if (!launch.success || now - launch.data.createdAt > LAUNCH_TTL_MS || launch.data.createdAt > now) return null;
  return launch.data.pageFiles;
}

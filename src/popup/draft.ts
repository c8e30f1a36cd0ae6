// Per-file drafts of the sending form in storage.session, so closing the popup loses nothing.
// The password is never part of a draft: `pick` copies only the four draft fields, so even an
// object that happens to carry a password cannot leak it into storage.
import { z } from 'zod';
import type { Settings } from '../shared/settings';
import type { SignFormDraft } from '../shared/sign-form';
import type { StorageArea } from '../shared/storage-area';

export const DRAFT_KEY = 'draft';
/** Enough for a working day of files; the oldest are dropped first. */
const MAX_DRAFTS = 20;

const DraftSchema = z.object({
  email: z.string().max(500).catch(''),
  method: z.enum(['sms', 'password']).catch('sms'),
  phone: z.string().max(100).catch(''),
  requiredToView: z.boolean().catch(true),
});
const DraftsSchema = z.record(z.string(), z.unknown()).catch({});

export function defaultDraft(settings: Settings): SignFormDraft {
  return { email: '', method: settings.defaultMethod, phone: '', requiredToView: settings.requirePhoneToView };
}

function pick(draft: SignFormDraft): SignFormDraft {
  return { email: draft.email, method: draft.method, phone: draft.phone, requiredToView: draft.requiredToView };
}

export type DraftStore = {
  load(fileId: string): Promise<SignFormDraft | null>;
  save(fileId: string, draft: SignFormDraft): Promise<void>;
  clear(fileId: string): Promise<void>;
};

export function createDraftStore(area: StorageArea): DraftStore {
  const readAll = async () => DraftsSchema.parse((await area.get(DRAFT_KEY))[DRAFT_KEY]);
  // Writes are read-modify-write of one key: run them one after another so fast typing
  // cannot make an older write land last.
  let queue: Promise<void> = Promise.resolve();
  const update = (change: (all: Record<string, unknown>) => void): Promise<void> => {
    queue = queue
      .then(async () => {
        const all = await readAll();
        change(all);
        await area.set({ [DRAFT_KEY]: all });
      })
      .catch(() => undefined); // A lost draft is an inconvenience, never a reason to break the form.
    return queue;
  };
  return {
    async load(fileId) {
      await queue;
      const stored = (await readAll())[fileId];
      return stored === undefined ? null : DraftSchema.parse(stored);
    },
    save: (fileId, draft) =>
      update((all) => {
        delete all[fileId]; // re-insert last, so it counts as the newest
        all[fileId] = pick(draft);
        for (const old of Object.keys(all).slice(0, -MAX_DRAFTS)) delete all[old];
      }),
    clear: (fileId) => update((all) => void delete all[fileId]),
  };
}

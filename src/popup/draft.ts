// Drafts of the sending form in storage.session, one per Box page, so closing the popup loses
// nothing. The password is never part of a draft: `toStored` copies only the named fields, so
// even an object that happens to carry a password cannot leak it into storage.
import { z } from 'zod';
import { FileIdSchema } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { MAX_FILES, type SignFormDraft } from '../shared/sign-form';
import type { StorageArea } from '../shared/storage-area';

export const DRAFT_KEY = 'draft';
/** Enough for a working day of pages; the oldest are dropped first. */
const MAX_DRAFTS = 20;

/**
 * The ticked files, and what the page itself pointed at when they were ticked (its selection or
 * preview). The ticks are restored only while the page still points at the same files: a new
 * selection in Box is a newer choice than an old draft.
 */
export type DraftFiles = { ticked: string[]; pageChoice: string[] };
export type SavedDraft = { form: SignFormDraft; files: DraftFiles | null };

const IdsSchema = z.array(FileIdSchema).max(MAX_FILES);
const DraftSchema = z.object({
  email: z.string().max(500).catch(''),
  method: z.enum(['sms', 'password']).catch('sms'),
  phone: z.string().max(100).catch(''),
  requiredToView: z.boolean().catch(true),
  // Absent in drafts written before files could be ticked.
  fileIds: IdsSchema.optional().catch(undefined),
  pageFileIds: IdsSchema.optional().catch(undefined),
});
// A fresh object per read: `update` mutates what it reads, and a shared `.catch({})` default would
// carry one write into every later read of an empty area.
const DraftsSchema = z.record(z.string(), z.unknown()).catch(() => ({}));

export function defaultDraft(settings: Settings): SignFormDraft {
  // The form offers SMS and password so far; a default of Box sign-in or none starts on SMS until it offers those.
  const method = settings.defaultMethod === 'password' ? 'password' : 'sms';
  return { email: '', method, phone: '', requiredToView: settings.requirePhoneToView };
}

function toStored(form: SignFormDraft, files: DraftFiles) {
  return {
    email: form.email,
    method: form.method,
    phone: form.phone,
    requiredToView: form.requiredToView,
    fileIds: [...files.ticked],
    pageFileIds: [...files.pageChoice],
  };
}

function fromStored(stored: unknown): SavedDraft | null {
  const parsed = DraftSchema.safeParse(stored); // fields are repaired one by one; only a non-object fails
  if (!parsed.success) return null;
  const { fileIds, pageFileIds, ...form } = parsed.data;
  const files = fileIds && pageFileIds ? { ticked: fileIds, pageChoice: pageFileIds } : null;
  return { form, files };
}

export type DraftStore = {
  load(key: string): Promise<SavedDraft | null>;
  save(key: string, form: SignFormDraft, files: DraftFiles): Promise<void>;
  clear(key: string): Promise<void>;
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
    async load(key) {
      await queue;
      const stored = (await readAll())[key];
      return stored === undefined ? null : fromStored(stored);
    },
    save: (key, form, files) =>
      update((all) => {
        delete all[key]; // re-insert last, so it counts as the newest
        all[key] = toStored(form, files);
        for (const old of Object.keys(all).slice(0, -MAX_DRAFTS)) delete all[old];
      }),
    clear: (key) => update((all) => void delete all[key]),
  };
}

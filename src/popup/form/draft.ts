// Drafts of the sending form in storage.session, one per Box page, so closing the popup loses
// nothing. Passwords are never part of a draft: `toStored` copies only the named fields, so
// even an object that happens to carry a password cannot leak it into storage.
import * as z from 'zod/mini';
import { FileIdSchema } from '../../shared/schemas/box';
import { MAX_FILES, MAX_SIGNERS, SIGN_METHODS, type SignerDraft, type SignFormDraft } from '../../ui/sign-form-fields';
import { SIGNATURE_COLORS, SIGNER_ROLES } from '../../shared/sign-request/limits';
import type { StorageArea } from '../../shared/storage-area';
import { newSignerId } from './defaults';

export { defaultDraft } from './defaults';

export const DRAFT_KEY = 'draft';
/** Enough for a working day of pages; the oldest are dropped first. */
const MAX_DRAFTS = 20;

/**
 * The ticked files, and what the page itself pointed at when they were ticked (its selection or
 * preview). The ticks are restored only while the page still points at the same files: a new
 * selection in Box is a newer choice than an old draft.
 */
type DraftFiles = { ticked: string[]; pageChoice: string[] };
export type SavedDraft = { form: SignFormDraft; files: DraftFiles | null };

const text = (max: number) => z.catch(z.string().check(z.maxLength(max)), '');
const flag = (fallback: boolean) => z.catch(z.boolean(), fallback);
/** Absent or invalid: undefined. */
const maybe = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const SignerSchema = z.object({
  id: z.catch(z.string().check(z.minLength(1), z.maxLength(40)), () => newSignerId()),
  email: text(500),
  role: z.catch(z.enum(SIGNER_ROLES), 'signer'),
  order: text(10),
  method: z.catch(z.enum(SIGN_METHODS), 'sms'),
  phone: text(100),
  addPassword: flag(false),
});
const optionsSchema = (fallback: SignFormDraft['options']) =>
  z.catch(
    z.object({
      ordered: flag(fallback.ordered),
      prepare: flag(fallback.prepare),
      folder: text(2048),
      emailSubject: text(1000),
      emailMessage: text(10000),
      daysValid: text(10),
      reminders: flag(fallback.reminders),
      signatureColor: z.catch(z.enum([...SIGNATURE_COLORS, '']), ''),
      name: text(1000),
      requirePhoneToView: flag(fallback.requirePhoneToView),
    }),
    fallback,
  );

const IdsSchema = z.array(FileIdSchema).check(z.maxLength(MAX_FILES));
const DraftSchema = z.object({
  signers: maybe(z.array(z.catch(z.nullable(SignerSchema), null)).check(z.maxLength(MAX_SIGNERS))),
  templateId: z.catch(z.nullable(z.string().check(z.maxLength(100))), null),
  templateFiles: flag(false),
  options: z.optional(z.unknown()),
  // Drafts written when the form had one signer: {email, method, phone, requiredToView}.
  email: maybe(z.string().check(z.maxLength(500))),
  method: maybe(z.enum(['sms', 'password'])),
  phone: maybe(z.string().check(z.maxLength(100))),
  requiredToView: maybe(z.boolean()),
  // Absent in drafts written before files could be ticked.
  fileIds: maybe(IdsSchema),
  pageFileIds: maybe(IdsSchema),
});
// Any plain object (zod's own test, the one z.record applies), drafts by page. Not z.record itself: its
// parser is 2.5 kB (minified) that would sit in the zod chunk the background loads too, and a record of
// unknown values has nothing to check beyond this. A fresh object per read: `update` mutates what it
// reads (storage hands out copies), and a shared `.catch({})` default would carry one write into every
// later read of an empty area.
const DraftsSchema = z.catch(z.custom<Record<string, unknown>>(z.util.isPlainObject), () => ({}));

function toStored(form: SignFormDraft, files: DraftFiles) {
  return {
    signers: form.signers.map((s: SignerDraft) => ({
      id: s.id,
      email: s.email,
      role: s.role,
      order: s.order,
      method: s.method,
      phone: s.phone,
      addPassword: s.addPassword,
    })),
    templateId: form.templateId,
    templateFiles: form.templateFiles,
    options: { ...form.options },
    fileIds: [...files.ticked],
    pageFileIds: [...files.pageChoice],
  };
}

/** `fallback`: the fresh form (from the settings) that fills whatever the stored draft lacks. */
function fromStored(stored: unknown, fallback: SignFormDraft): SavedDraft | null {
  const parsed = DraftSchema.safeParse(stored); // fields are repaired one by one; only a non-object fails
  if (!parsed.success) return null;
  const draft = parsed.data;
  const options = optionsSchema(fallback.options).parse(draft.options ?? fallback.options);
  let signers = (draft.signers ?? []).filter((s) => s !== null);
  if (draft.signers === undefined && draft.email !== undefined) {
    // Version-1 draft: one signer, and "before viewing" was stored with it.
    const first = fallback.signers[0]!;
    signers = [{ ...first, email: draft.email, method: draft.method ?? first.method, phone: draft.phone ?? '' }];
    if (draft.requiredToView !== undefined) options.requirePhoneToView = draft.requiredToView;
  }
  const form: SignFormDraft = {
    signers: signers.length > 0 ? signers : fallback.signers,
    templateId: draft.templateId,
    templateFiles: draft.templateFiles,
    options,
  };
  const files = draft.fileIds && draft.pageFileIds ? { ticked: draft.fileIds, pageChoice: draft.pageFileIds } : null;
  return { form, files };
}

type DraftStore = {
  load(key: string, fallback: SignFormDraft): Promise<SavedDraft | null>;
  save(key: string, form: SignFormDraft, files: DraftFiles): Promise<void>;
  clear(key: string): Promise<void>;
  /** Moves the page's draft aside under the request Box created from it (a send clears the page's draft). */
  keepFor(key: string, requestId: string): Promise<void>;
  /** Puts the draft kept for `requestId` back as its page's draft; that page's key, or null when none was kept. */
  restore(requestId: string): Promise<string | null>;
};

/** Where a sent request's draft waits, for "Edit and send again" when Box cannot use the request. */
const keptKey = (requestId: string) => `sent:${requestId}`;

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
    async load(key, fallback) {
      await queue;
      const stored = (await readAll())[key];
      return stored === undefined ? null : fromStored(stored, fallback);
    },
    save: (key, form, files) =>
      update((all) => {
        delete all[key]; // re-insert last, so it counts as the newest
        all[key] = toStored(form, files);
        for (const old of Object.keys(all).slice(0, -MAX_DRAFTS)) delete all[old];
      }),
    clear: (key) => update((all) => void delete all[key]),
    keepFor: (key, requestId) =>
      update((all) => {
        const draft = all[key];
        delete all[key];
        if (typeof draft === 'object' && draft !== null) all[keptKey(requestId)] = { ...draft, page: key };
      }),
    async restore(requestId) {
      let page: string | null = null;
      await update((all) => {
        const kept = all[keptKey(requestId)];
        const key = typeof kept === 'object' && kept !== null ? (kept as Record<string, unknown>)['page'] : undefined;
        if (typeof key !== 'string' || !key.startsWith('page:')) return;
        delete all[keptKey(requestId)];
        delete all[key];
        all[key] = kept; // the draft schema ignores `page`
        page = key;
      });
      return page;
    },
  };
}

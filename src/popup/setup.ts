// Everything the popup must know before it can show the form, loaded in one go. File details
// (name, download permission) are looked up later, per ticked file, by the form itself.
import type { AuthState, FileInfo, PageFiles } from '../shared/messages';
import { loadEffectiveSettings } from '../ui/effective-settings';
import type { PolicyRules, Settings } from '../shared/settings';
import type { SignFormDraft } from '../ui/sign-form-fields';
import { readAhead } from '../platform/read-ahead';
import { errorMessage } from '../ui/errors';
import type { PopupDeps } from './deps';
import { loadPolicyEngine } from './form/policy-engine';
import { createDraftStore, defaultDraft, DRAFT_KEY, type SavedDraft } from './form/draft';
import { draftKey, inDisplayOrder, notSignableNotes, offeredFiles, preTicked, sameIds, type OfferedFile } from './files/offer';

/** What the page offers, after Box resolved its shared link if it had to. */
export type Offer = {
  files: OfferedFile[];
  /** Passed to `getFile`: Box needs it for files shared with the user only by link. */
  sharedLink: string | null;
  /** What the page pointed at (selection or preview): the ticks a fresh popup starts with. */
  pageChoice: string[];
  /** Why items the user pointed at are not offered, and a shared link that could not be resolved. */
  notes: string[];
  resolveError: string | null;
  omitted: number;
  /** Files already described by Box (a resolved shared link): no `getFile` needed. */
  known: FileInfo[];
};

export type Setup =
  | { kind: 'disconnected' }
  | { kind: 'noFile'; reasons: string[] }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; settings: Settings; rules: PolicyRules; offer: Offer; ticked: string[]; draft: SignFormDraft; draftKey: string };

/**
 * The effective settings (the organisation's policy over the user's) and the organisation's rules,
 * with the popup's rule engine loaded when there are any (form/policy-engine.ts).
 */
export async function loadSettings(deps: Pick<PopupDeps, 'settingsArea' | 'readManaged'>): Promise<{ settings: Settings; rules: PolicyRules }> {
  const { settings, rules } = await loadEffectiveSettings(deps.settingsArea, deps.readManaged ?? (async () => undefined));
  await loadPolicyEngine(rules);
  return { settings, rules };
}

/**
 * Loads what the form needs and passes it to `show`. Everything is started at once, including the
 * read of the drafts (whose key comes from the page). When the background last found the user
 * connected (`knownConnected`), the form does not wait for its check, which asks Box who is
 * connected: the check is then asked for once the form is shown (the task after `show`), and `show`
 * gets "disconnected" afterwards if that is what it finds. Asked at once, the worker's start (a stopped
 * worker runs in the popup's own process) and the background's protocol, loaded with the first
 * message, competed with the popup's own scripts and first render for the form's time. Otherwise
 * the background is asked at once and its answer comes first: "not connected" wins over a tab error.
 */
export async function loadSetup(deps: PopupDeps, show: (setup: Setup) => void, onAuth?: (state: AuthState) => void): Promise<void> {
  const effective = loadSettings(deps);
  const settings = effective.then((loaded) => loaded.settings);
  const page = settled(deps.getActiveTabFiles());
  const known = deps.knownConnected ? deps.knownConnected().catch(() => false) : Promise.resolve(false);
  let asked: Promise<Settled<AuthState>> | undefined;
  const auth = (): Promise<Settled<AuthState>> => {
    if (asked) return asked;
    asked = settled(deps.background('getAuthState', {}));
    // The connection's state, for the notice that it is about to lapse (or has).
    void asked.then((answer) => answer.ok && onAuth?.(answer.value));
    return asked;
  };
  const drafts = createDraftStore(readAhead(deps.draftArea, [DRAFT_KEY]));
  const first = await (async (): Promise<Setup> => {
    try {
      if (!(await known)) {
        const answer = await auth();
        if (!answer.ok) throw answer.error;
        if (!answer.value.connected) return { kind: 'disconnected' };
      }
      const files = await page;
      if (!files.ok) throw files.error;
      if (files.value === null) return { kind: 'noFile', reasons: [] };
      const key = draftKey(files.value.pageUrl);
      const [offer, saved, { settings: loaded, rules }] = await Promise.all([
        loadOffer(deps, files.value),
        settings.then((loaded) => drafts.load(key, defaultDraft(loaded))),
        effective,
      ]);
      if (offer.files.length === 0) {
        return { kind: 'noFile', reasons: [...offer.notes, ...(offer.resolveError ? [offer.resolveError] : [])] };
      }
      const ticked = singleFile(offer) ? offer.pageChoice : (restoredTicks(offer, saved) ?? offer.pageChoice);
      return { kind: 'ready', settings: loaded, rules, offer, ticked, draft: saved?.form ?? defaultDraft(loaded), draftKey: key };
    } catch (error) {
      return { kind: 'failed', message: errorMessage(error) };
    }
  })();
  show(first);
  if (first.kind === 'disconnected') return;
  // Shown on the strength of the background's earlier answer: its answer now has the last word.
  // (When it cannot be asked, the form stays: its lookups and Send report that themselves.)
  await new Promise((resolve) => setTimeout(resolve, 0)); // the form is rendered first (Preact renders in a microtask)
  const answer = await auth();
  if (answer.ok && !answer.value.connected) show({ kind: 'disconnected' });
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settled<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

async function loadOffer(deps: PopupDeps, page: PageFiles): Promise<Offer> {
  const sharedLink = page.sharedLink ?? null;
  let resolved: FileInfo | null = null;
  let resolveError: string | null = null;
  if (page.unresolved) {
    try {
      resolved = await deps.background('resolveSharedLink', { sharedLink: page.unresolved.sharedLink });
    } catch (error) {
      resolveError = errorMessage(error); // e.g. the link is a folder: said in words, the rest still works
    }
  }
  const files = offeredFiles(page, resolved);
  return {
    files,
    sharedLink,
    pageChoice: preTicked(files),
    notes: notSignableNotes(page),
    resolveError,
    omitted: page.omitted ?? 0,
    known: resolved ? [resolved] : [],
  };
}

/** The page points at exactly the one file it offers: nothing to choose, so no checkbox. */
export function singleFile(offer: Offer): OfferedFile | undefined {
  return offer.files.length === 1 && offer.pageChoice.length === 1 ? offer.files[0] : undefined;
}

/** The draft's ticks, if the page still points at what it pointed at when they were saved. */
function restoredTicks(offer: Offer, saved: SavedDraft | null): string[] | null {
  if (!saved?.files || !sameIds(saved.files.pageChoice, offer.pageChoice)) return null;
  return inDisplayOrder(offer.files, saved.files.ticked);
}

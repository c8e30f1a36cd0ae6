// "Copy signers": a new request to the same people. The sending form keeps one draft per Box page in
// storage.session (src/popup/form/draft.ts, key `draft`, keyed `page:<origin><path>`); this leaves a draft
// with the signers for the request's first file's page and opens that page, where the toolbar button
// shows the form filled in. Phone numbers and passwords are not copied (Box returns no password, and the
// list keeps no phone numbers): the form asks for them again.
import { t } from '../shared/i18n';
import type { ListedRequest, SignerMethod } from '../shared/requests-cache';
import { SIGNER_ROLES, type SignMethod, type SignerRole } from '../shared/sign-request/limits';
import { recipients } from '../ui/requests/model';
import { fileUrl } from './box-links';
import type { RequestsDeps } from './deps';

/** The popup's draft key and record (draft.ts), written in the shape its reader accepts. */
const DRAFT_KEY = 'draft';
const MAX_DRAFTS = 20;

// Box never returns passwords: a signer without SMS or login may have had one, so the form asks for one.
const METHOD: Record<SignerMethod, SignMethod> = { sms: 'sms', login: 'login', email: 'password' };

export function draftSigners(r: ListedRequest) {
  const people = recipients(r).filter((s) => s.email);
  const ordered = new Set(people.map((s) => s.order)).size > 1;
  return people.map((s, i) => ({
    id: `copy-${i}`,
    email: s.email,
    role: (SIGNER_ROLES as readonly string[]).includes(s.role) ? (s.role as SignerRole) : 'signer',
    order: ordered ? String(s.order) : '',
    method: METHOD[s.method],
    phone: '',
    addPassword: false,
  }));
}

export async function copySigners(deps: Pick<RequestsDeps, 'session' | 'openTab'>, r: ListedRequest): Promise<void> {
  const first = r.files[0] ?? r.signFiles[0];
  const url = first ? fileUrl(first.id) : null;
  if (!url) throw new Error(t('reqCopyNoFile'));
  const key = `page:${new URL(url).origin}${new URL(url).pathname}`;
  const stored = (await deps.session.get(DRAFT_KEY))[DRAFT_KEY];
  const all: Record<string, unknown> = typeof stored === 'object' && stored !== null ? { ...(stored as Record<string, unknown>) } : {};
  delete all[key];
  const signers = draftSigners(r);
  // No options: the form fills them from the user's defaults.
  all[key] = { signers, templateId: null, templateFiles: false };
  for (const old of Object.keys(all).slice(0, -MAX_DRAFTS)) delete all[old];
  await deps.session.set({ [DRAFT_KEY]: all });
  deps.openTab(url);
}

import { createRecord, resolveParent } from './api-sign-requests.ts';
import type { StoredFile } from './content.ts';
import type { EmulatorState } from './state.ts';
import type { EmulatorWebAppRequest } from './types.ts';

/**
 * A sign request made in Box's web app (or by another integration): it reaches Box without our API client,
 * carries no `external_id`, and shows up in GET /sign_requests like any other. No rate limit applies (it is
 * not an API call), and `ageMs` back-dates it so tests can build a history.
 */
export function addWebAppRequest(state: EmulatorState, req: EmulatorWebAppRequest): string {
  const sources: StoredFile[] = req.fileIds.map((id) => {
    const file = state.content.files.get(id);
    if (!file || file.ownerId !== state.user.id) throw new Error(`addWebAppRequest: no file ${id} of the demo user`);
    return file;
  });
  if (sources.length === 0 || sources.length > 10) throw new Error('addWebAppRequest: 1 to 10 files');
  const body: Record<string, unknown> = {
    name: req.name,
    days_valid: req.daysValid ?? null,
    signers: req.signers.map((s) => ({
      email: s.email, role: s.role ?? 'signer', order: s.order ?? 0,
      verification_phone_number: s.verificationPhoneNumber ?? null, password: s.password ?? null,
      login_required: s.loginRequired ?? false,
    })),
  };
  if (req.parentFolderId !== undefined) body['parent_folder'] = { type: 'folder', id: req.parentFolderId };
  const parent = resolveParent(state, state.user, body, sources);
  if ('status' in parent) throw new Error(`addWebAppRequest: no folder ${req.parentFolderId ?? ''}`);
  const record = createRecord(state, state.user, body, sources, parent, sources, false, state.now() - (req.ageMs ?? 0));
  // Kept in creation order, as the API's requests are (the list answers newest first).
  const at = state.signRequests.findIndex((r) => r.createdAt > record.createdAt);
  if (at < 0) state.signRequests.push(record);
  else state.signRequests.splice(at, 0, record);
  return record.id;
}

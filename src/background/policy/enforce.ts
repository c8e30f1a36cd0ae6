// The background's own check of a sign request against the organisation's rules, whatever page sent
// it: it reads the files' classification labels and the folder's place from Box itself, then runs
// the rule engine. A refusal throws before anything is posted; the popup keeps its draft.
import type { FileInfo, SendSignRequest } from '../../shared/messages';
import { policyRefusals, policySigners, type PolicyFolder, type PolicyRequest } from '../../shared/policy';
import type { PolicyRules } from '../../shared/settings';
import type { BoxClient } from '../box/client';
import { PolicyRefusedError } from './policy-error';

/**
 * Throws PolicyRefusedError when `request` breaks `rules`. `files`: the request's files as Box
 * describes them now (with `fields=classification`); for a template, its documents.
 */
export async function assertPolicy(client: Pick<BoxClient, 'getFolderAncestors'>, request: SendSignRequest, files: readonly FileInfo[], rules: PolicyRules): Promise<void> {
  const policyRequest: PolicyRequest = {
    signers: policySigners(request.signers),
    files: files.map((file) => ({ id: file.id, name: file.name, classification: file.classification ?? null })),
    parentFolder: await folderOf(client, request.options.parentFolderId, rules),
  };
  const refusals = policyRefusals(policyRequest, rules);
  if (refusals.length > 0) throw new PolicyRefusedError(refusals);
}

/** The folder and the folders above it, looked up only when a rule asks where it is. */
async function folderOf(client: Pick<BoxClient, 'getFolderAncestors'>, id: string | null, rules: PolicyRules): Promise<PolicyFolder | null> {
  if (id === null) return null;
  const allowed = rules.allowedParentFolders;
  if (!allowed || allowed.length === 0 || allowed.includes(id)) return { id, ancestorIds: [] };
  return { id, ancestorIds: await client.getFolderAncestors(id) };
}

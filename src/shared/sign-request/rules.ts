// The rules of a sign request that span fields, in one place. The protocol schema
// (`backgroundProtocol.sendSignRequest` in messages.ts) runs them on every request the
// background receives, and the popup's validator runs them to put each message beside its field,
// so the two can never disagree. Pure (its imports, i18n, box-ids and limits, import nothing at run time):
// messages.ts imports it without a cycle.

import { ROOT_FOLDER_ID } from '../box-ids';
import { t } from '../i18n';
import { MAX_FILES, MAX_SIGNERS } from './limits';

/** The structural slice of a `sendSignRequest` request the rules read. */
type RequestShape = {
  fileIds: readonly string[];
  templateId: string | null;
  signers: readonly {
    email: string;
    role: string;
    order: number | null;
    verification: { kind: string };
    password: string | null;
  }[];
  options: { prepare: boolean; parentFolderId: string | null; requirePhoneToView: boolean };
};

/** A broken rule: where (the request's own path, e.g. `['signers', 1, 'email']`) and why, in plain words. */
export type Issue = { path: (string | number)[]; message: string };

const MESSAGES = {
  noSource: t('noSource'),
  tooManyFiles: t('tooManyFiles', MAX_FILES),
  duplicateFile: t('duplicateFile'),
  noSigner: t('noSigner'),
  tooManySigners: t('tooManySigners', MAX_SIGNERS),
  duplicateEmail: t('duplicateEmail'),
  partialOrder: t('partialOrder'),
  nobodySigns: t('nobodySigns'),
  rootFolder: t('rootFolder'),
  phoneToViewWithoutSms: t('phoneToViewWithoutSms'),
  prepareWithTemplate: t('prepareWithTemplate'),
} as const;

export function requestIssues(request: RequestShape): Issue[] {
  const issues: Issue[] = [];
  const add = (path: Issue['path'], message: string) => issues.push({ path, message });
  const { fileIds, signers, options } = request;

  if (fileIds.length === 0 && request.templateId === null) add(['fileIds'], MESSAGES.noSource);
  if (fileIds.length > MAX_FILES) add(['fileIds'], MESSAGES.tooManyFiles);
  if (new Set(fileIds).size !== fileIds.length) add(['fileIds'], MESSAGES.duplicateFile);

  if (signers.length === 0) add(['signers'], MESSAGES.noSigner);
  if (signers.length > MAX_SIGNERS) add(['signers'], MESSAGES.tooManySigners);
  const seen = new Set<string>();
  signers.forEach((signer, index) => {
    const email = signer.email.toLowerCase();
    if (seen.has(email)) add(['signers', index, 'email'], MESSAGES.duplicateEmail);
    seen.add(email);
  });
  // Box sends to the lowest order first [box-sign-docs.md, multiple signers]; a signer without one
  // among ordered signers has no defined place.
  const ordered = signers.filter((signer) => signer.order !== null).length;
  if (ordered > 0 && ordered < signers.length) {
    signers.forEach((signer, index) => signer.order === null && add(['signers', index, 'order'], MESSAGES.partialOrder));
  }
  if (signers.length > 0 && signers.every((signer) => signer.role === 'final_copy_reader')) add(['signers'], MESSAGES.nobodySigns);
  // Login and SMS on one signer cannot be expressed: `verification` is one of none, sms, login.

  // "The root folder, folder ID `0`, cannot be used" [sign-requests.md §2, parent_folder].
  if (options.parentFolderId === ROOT_FOLDER_ID) add(['options', 'parentFolderId'], MESSAGES.rootFolder);
  // "A verification_phone_number must be specified for a signer for this setting to apply" [§7.1].
  if (options.requirePhoneToView && !signers.some((signer) => signer.verification.kind === 'sms')) {
    add(['options', 'requirePhoneToView'], MESSAGES.phoneToViewWithoutSms);
  }
  if (options.prepare && request.templateId !== null) add(['options', 'prepare'], MESSAGES.prepareWithTemplate);
  return issues;
}

// The organisation's rule engine: one entry point, `policyRefusals`, takes a request (signers with
// their methods and emails, files with their classification labels, the folder for signed copies)
// and the effective rules, and returns every refusal, each naming the rule and the signer, file or
// folder it concerns in plain words. Pure: the background refuses a send with them (nothing is
// posted), the popup shows them beside the fields. Each rule set is one function in RULE_SETS;
// another set is one more function there.
import type { SignMethod } from '../sign-request/limits';
import type { PolicyRules } from '../settings/policy-rules';
import { allowedByConstraints, signerConstraints, type PolicyFile } from './requirements';
import { refusalWords } from './words';

export type { PolicyFile } from './requirements';

export type PolicySigner = { email: string; method: SignMethod; hasPassword: boolean };
/** The folder signed copies go to; `ancestorIds` null when not looked up (the popup), so only an exact match is known. */
export type PolicyFolder = { id: string; ancestorIds: readonly string[] | null };
export type PolicyRequest = {
  signers: readonly PolicySigner[];
  files: readonly PolicyFile[];
  /** null: Box's choice. */
  parentFolder: PolicyFolder | null;
};

/** A broken rule: which one, what it concerns, where in the request (as in sign-request/rules.ts), in words. */
export type Refusal = {
  rule: string;
  subject: { kind: 'signer'; index: number; email: string } | { kind: 'file'; ids: string[] } | { kind: 'folder'; id: string | null } | { kind: 'request' };
  path: (string | number)[];
  message: string;
};

export type RuleSet = (request: PolicyRequest, rules: PolicyRules) => Refusal[];

/** No method at all is left to anyone: one refusal says so, and nothing can be sent. */
const blocked: RuleSet = (_request, rules) =>
  allowedByConstraints(signerConstraints(null, [], rules)).methods.length === 0
    ? [{ rule: 'allowedMethods', subject: { kind: 'request' }, path: [], message: refusalWords.noMethod() }]
    : [];

/** Each signer against every constraint on them: methods and passwords, general, external and by label. */
const signerRules: RuleSet = (request, rules) =>
  request.signers.flatMap((signer, index) =>
    signerConstraints(signer.email, request.files, rules).flatMap((constraint): Refusal[] => {
      const subject = { kind: 'signer' as const, index, email: signer.email };
      const out: Refusal[] = [];
      if (constraint.methods && !constraint.methods.includes(signer.method)) {
        out.push({ rule: constraint.because.kind, subject, path: ['signers', index, 'method'], message: refusalWords.method(signer, constraint) });
      }
      if (constraint.password && !signer.hasPassword) {
        out.push({ rule: constraint.because.kind, subject, path: ['signers', index, 'password'], message: refusalWords.password(signer, constraint) });
      }
      return out;
    }),
  );

/** Signed copies only in an allowed folder or below one. Box's own choice of folder is not one the organisation chose. */
const folderRules: RuleSet = ({ parentFolder }, { allowedParentFolders: allowed }) => {
  if (!allowed) return [];
  const refuse = (message: string): Refusal[] => [
    { rule: 'allowedParentFolders', subject: { kind: 'folder', id: parentFolder?.id ?? null }, path: ['options', 'parentFolderId'], message },
  ];
  if (allowed.length === 0) return refuse(refusalWords.noFolder());
  if (parentFolder === null) return refuse(refusalWords.folderRequired(allowed));
  const inside = allowed.includes(parentFolder.id) || (parentFolder.ancestorIds ?? []).some((id) => allowed.includes(id));
  // Unknown ancestors (the popup): only the background, which looks them up, can say no.
  if (inside || parentFolder.ancestorIds === null) return [];
  return refuse(refusalWords.folderNotAllowed(parentFolder.id, allowed));
};

export const RULE_SETS: readonly RuleSet[] = [blocked, signerRules, folderRules];

/** Every refusal for `request` under `rules`; [] when it may be sent. */
export function policyRefusals(request: PolicyRequest, rules: PolicyRules, sets: readonly RuleSet[] = RULE_SETS): Refusal[] {
  const refusals = sets.flatMap((set) => set(request, rules));
  // With nothing allowed at all, the one request-level refusal says it all.
  const block = refusals.find((refusal) => refusal.subject.kind === 'request' && refusal.rule === 'allowedMethods');
  return block ? [block] : refusals;
}

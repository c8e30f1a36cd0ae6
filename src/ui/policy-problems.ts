// What is wrong with an organisation's rules as a whole, in words: the popup blocks Send with the
// first blocking one, the options page lists them all for the person to pass on to their IT team.
import { t } from '../shared/i18n';
import { allowedByConstraints, signerConstraints } from '../shared/policy';
import type { PolicyRules } from '../shared/settings';

export type PolicyProblem = { message: string; blocksSending: boolean };

export function policyProblems(rules: PolicyRules): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  if (allowedByConstraints(signerConstraints(null, [], rules)).methods.length === 0) problems.push({ message: t('policyNoMethod'), blocksSending: true });
  // Someone outside every internal domain: if nothing is left to them, only colleagues can sign.
  else if (rules.externalMethods && allowedByConstraints(signerConstraints('someone@outside.invalid', [], { ...rules, internalDomains: [] })).methods.length === 0) {
    problems.push({ message: t('policyNoExternalMethod'), blocksSending: false });
  }
  if (rules.allowedParentFolders?.length === 0) problems.push({ message: t('policyNoFolder'), blocksSending: true });
  return problems;
}

/** Why the rules leave nothing that can be sent, or null. */
export function policyBlock(rules: PolicyRules | undefined): string | null {
  return (rules && policyProblems(rules).find((problem) => problem.blocksSending)?.message) ?? null;
}

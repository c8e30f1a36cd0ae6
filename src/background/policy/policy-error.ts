// A send the organisation's rules refuse: nothing was posted. Carried to the page as the rules'
// own words, each refusal naming its rule and the signer, file or folder.
import type { UserError } from '../../shared/messages';
import type { Refusal } from '../../shared/policy';

export class PolicyRefusedError extends Error {
  override readonly name = 'PolicyRefusedError';
  readonly refusals: readonly Refusal[];
  constructor(refusals: readonly Refusal[]) {
    super(refusals.map((refusal) => refusal.message).join(' '));
    this.refusals = refusals;
  }
}

/** The words for a PolicyRefusedError; null for anything else. */
export function policyUserError(error: unknown): UserError | null {
  return error instanceof PolicyRefusedError ? { message: error.message, code: 'policy_refused' } : null;
}

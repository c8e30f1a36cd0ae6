// The organisation's signer-guard rules, enforced by the background before anything is posted:
// `minPasswordLength`, `blockLookalikeDomains`, `blockLandlineSms`. The popup shows the same checks
// as warnings beside the fields; here a request that breaks a rule is refused in plain words.
import { t } from '../../shared/i18n';
import { cannotReceiveSms } from '../../shared/guard/phone-type';
import { lookalikeOf, emailDomain } from '../../shared/guard/lookalike';
import type { GuardPolicy } from '../../shared/guard/policy';
import type { SendSignRequest, UserError } from '../../shared/messages';
import type { PhoneTypes } from './phone-types';

/** A request the guard refused; the message is for the user as it is. */
export class GuardError extends Error {
  override readonly name = 'GuardError';
}

/** The words for a GuardError; null for anything else. */
export function guardUserError(error: unknown): UserError | null {
  return error instanceof GuardError ? { message: error.message, code: 'guard_refused' } : null;
}

type Context = { policy: GuardPolicy; sentDomains: () => Promise<readonly string[]>; phoneTypes: PhoneTypes };

/** Throws a GuardError naming the first rule the request breaks; resolves when it breaks none. */
export async function enforceGuard(request: SendSignRequest, { policy, sentDomains, phoneTypes }: Context): Promise<void> {
  const min = policy.minPasswordLength;
  for (const signer of request.signers) {
    if (min !== null && signer.password !== null && [...signer.password].length < min) {
      throw new GuardError(t('guardBlockedShort', signer.email, min));
    }
  }
  if (policy.blockLookalikeDomains) {
    const trusted = [...policy.internalDomains, ...(await sentDomains())];
    for (const signer of request.signers) {
      const domain = emailDomain(signer.email);
      const like = domain === null ? null : lookalikeOf(domain, trusted);
      if (like !== null) throw new GuardError(t('guardBlockedLookalike', domain!, like));
    }
  }
  if (policy.blockLandlineSms) {
    for (const signer of request.signers) {
      if (signer.verification.kind !== 'sms') continue;
      if (cannotReceiveSms(await phoneTypes(signer.verification.phone))) {
        throw new GuardError(t('guardBlockedLandline', signer.verification.phone));
      }
    }
  }
}

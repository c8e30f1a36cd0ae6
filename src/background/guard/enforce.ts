// The organisation's signer-guard rules, enforced by the background before anything is posted:
// `minPasswordLength`, `blockLookalikeDomains`, `blockLandlineSms`. The popup shows the same checks
// as warnings beside the fields; here a request that breaks a rule is refused in plain words.
import { t } from '../../shared/i18n';
import type { Confusables } from '../../shared/guard/confusables';
import { guardRefusal } from '../../shared/guard/refusal';
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

type Context = { policy: GuardPolicy; sentDomains: () => Promise<readonly string[]>; phoneTypes: PhoneTypes; confusables: () => Promise<Confusables> };

// guardRefusal reads the look-alike table only with blockLookalikeDomains; without it, none is fetched.
const NOT_NEEDED: Confusables = new Map();

/** The look-alike table; when it cannot be read the rule cannot be checked, so the request is refused. */
async function lookalikeTable(load: () => Promise<Confusables>): Promise<Confusables> {
  try {
    return await load();
  } catch (error) {
    throw new GuardError(t('guardLookalikeUnchecked'), { cause: error });
  }
}

/** Throws a GuardError naming the first rule the request breaks; resolves when it breaks none. */
export async function enforceGuard(request: SendSignRequest, { policy, sentDomains, phoneTypes, confusables }: Context): Promise<void> {
  const signers = request.signers.map((signer) => ({
    email: signer.email,
    password: signer.password,
    smsPhone: signer.verification.kind === 'sms' ? signer.verification.phone : null,
  }));
  // The slow facts only for the rules that need them: the data files are fetched on first use.
  const trusted = policy.blockLookalikeDomains ? [...policy.internalDomains, ...(await sentDomains())] : [];
  const table = policy.blockLookalikeDomains ? await lookalikeTable(confusables) : NOT_NEEDED;
  const types = new Map<string, string | undefined>();
  if (policy.blockLandlineSms) for (const { smsPhone } of signers) if (smsPhone !== null) types.set(smsPhone, await phoneTypes(smsPhone));
  const refusal = guardRefusal(signers, policy, { trusted, confusables: table, phoneType: (e164) => types.get(e164) });
  if (refusal !== null) throw new GuardError(refusal);
}

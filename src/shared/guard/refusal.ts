// The organisation's guard rules as one pure function: which rule a request's signers break, in the
// words the user reads. The background refuses a send or a bulk row with it (background/guard/enforce.ts);
// the Bulk send page runs it on each row at Check recipients, so a row the background would refuse is
// shown as a problem before anything is queued. One rule, not a copy per context.
import { t } from '../i18n';
import type { Confusables } from './confusables';
import { emailDomain, lookalikeOf } from './lookalike';
import { cannotReceiveSms } from './phone-type';
import type { GuardPolicy } from './policy';

export type GuardedSigner = {
  email: string;
  password: string | null;
  /** The E.164 number an SMS code goes to; null when the signer gets none. */
  smsPhone: string | null;
};

export type RefusalFacts = {
  /** Internal domains and domains sent to before (read only with `blockLookalikeDomains`). */
  trusted: readonly string[];
  /** The look-alike table (read only with `blockLookalikeDomains`). */
  confusables: Confusables;
  /** The number's libphonenumber type (read only with `blockLandlineSms`). */
  phoneType: (e164: string) => string | undefined;
};

/** The first rule the signers break, rule by rule in a fixed order; null when they break none. */
export function guardRefusal(signers: readonly GuardedSigner[], policy: GuardPolicy, facts: RefusalFacts): string | null {
  const min = policy.minPasswordLength;
  for (const signer of signers) {
    if (min !== null && signer.password !== null && [...signer.password].length < min) return t('guardBlockedShort', signer.email, min);
  }
  if (policy.blockLookalikeDomains) {
    for (const signer of signers) {
      const domain = emailDomain(signer.email);
      const like = domain === null ? null : lookalikeOf(domain, facts.trusted, facts.confusables);
      if (like !== null) return t('guardBlockedLookalike', domain!, like);
    }
  }
  if (policy.blockLandlineSms) {
    for (const signer of signers) {
      if (signer.smsPhone !== null && cannotReceiveSms(facts.phoneType(signer.smsPhone))) return t('guardBlockedLandline', signer.smsPhone);
    }
  }
  return null;
}

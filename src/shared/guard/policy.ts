// The signer guard's part of the organisation's policy: its keys (`minPasswordLength`,
// `blockLookalikeDomains`, `blockLandlineSms`) are rule keys of the policy engine, parsed with the
// others (settings/policy-rules.ts), and `internalDomains` is the engine's own. The popup shows the
// guard's checks as warnings; with these keys set the background refuses the request instead.
import type { PolicyRules } from '../settings/policy-rules';
import { MIN_PASSWORD_LENGTH } from './passwords';

export type GuardPolicy = {
  /** The organisation's own email domains: a signer domain that imitates one is a look-alike. */
  internalDomains: readonly string[];
  /** The shortest signer password the background lets through; null: the popup's warning only. */
  minPasswordLength: number | null;
  /** Refuse (not only warn about) a signer domain that looks like a trusted one. */
  blockLookalikeDomains: boolean;
  /** Refuse SMS verification to a number that cannot receive text messages. */
  blockLandlineSms: boolean;
};

export const NO_GUARD_POLICY: GuardPolicy = Object.freeze({
  internalDomains: Object.freeze([]),
  minPasswordLength: null,
  blockLookalikeDomains: false,
  blockLandlineSms: false,
});

/** The guard's view of the organisation's effective rules. */
export function guardPolicyOf(rules: Readonly<PolicyRules>): GuardPolicy {
  return {
    internalDomains: rules.internalDomains ?? [],
    minPasswordLength: rules.minPasswordLength ?? null,
    blockLookalikeDomains: rules.blockLookalikeDomains ?? false,
    blockLandlineSms: rules.blockLandlineSms ?? false,
  };
}

/** The minimum the popup warns below: the organisation's, else the guard's default. */
export function effectiveMinPassword(policy: GuardPolicy): number {
  return policy.minPasswordLength ?? MIN_PASSWORD_LENGTH;
}

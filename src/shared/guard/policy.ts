// The organisation's signer-guard policy keys (storage.managed), read field by field like the other
// policy keys (settings/policy.ts): an invalid value is ignored, never fatal. The popup shows the
// checks as warnings; with these keys set the background refuses the request instead.
//
// Seam for the policy engine: when one exists, it calls `readGuardPolicy` with the managed object
// (or its own effective settings) and hands the result to the background's guard.
import * as z from 'zod/mini';
import { MAX_PASSWORD_LENGTH } from '../sign-request/limits';
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

const DomainSchema = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.regex(/^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$/u),
);

export const GuardPolicyFields = {
  internalDomains: z.array(DomainSchema).check(z.maxLength(200)),
  minPasswordLength: z.int().check(z.minimum(1), z.maximum(MAX_PASSWORD_LENGTH)),
  blockLookalikeDomains: z.boolean(),
  blockLandlineSms: z.boolean(),
};

/** Parses the guard's keys out of `storage.managed.get()`'s answer; also returns the keys it ignored. */
export function readGuardPolicy(raw: unknown): GuardPolicy & { ignored: string[] } {
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const ignored: string[] = [];
  const pick = <K extends keyof typeof GuardPolicyFields>(key: K): z.output<(typeof GuardPolicyFields)[K]> | undefined => {
    if (input[key] === undefined) return undefined;
    const parsed = GuardPolicyFields[key].safeParse(input[key]);
    if (!parsed.success) ignored.push(key);
    return parsed.success ? (parsed.data as z.output<(typeof GuardPolicyFields)[K]>) : undefined;
  };
  return {
    internalDomains: pick('internalDomains') ?? [],
    minPasswordLength: pick('minPasswordLength') ?? null,
    blockLookalikeDomains: pick('blockLookalikeDomains') ?? false,
    blockLandlineSms: pick('blockLandlineSms') ?? false,
    ignored,
  };
}

/** The minimum the popup warns below: the organisation's, else the guard's default. */
export function effectiveMinPassword(policy: GuardPolicy): number {
  return policy.minPasswordLength ?? MIN_PASSWORD_LENGTH;
}

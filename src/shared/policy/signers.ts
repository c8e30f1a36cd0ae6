// Who a signer is to the organisation's rules: the method they use, and whether their email is one of
// the organisation's domains. Pure; shared by the rule engine and the popup.
import type { SignMethod } from '../sign-request/limits';

/** The method a request's signer uses, as the popup offers it: a password alone is `password`. */
export function signerMethod(signer: { verification: { kind: 'none' | 'sms' | 'login' }; password: string | null }): SignMethod {
  const { kind } = signer.verification;
  return kind === 'none' && signer.password !== null ? 'password' : kind;
}

/** A request's signers as the rule engine sees them. */
export function policySigners(signers: readonly { email: string; verification: { kind: 'none' | 'sms' | 'login' }; password: string | null }[]) {
  return signers.map((signer) => ({ email: signer.email, method: signerMethod(signer), hasPassword: signer.password !== null }));
}

/** The domain of an email, lower case. The domain is what follows the last `@`, so a `+tag` or an `@` in a quoted local part never counts. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase().replace(/\.$/, '');
}

/**
 * Whether `email` belongs to the organisation: its domain is one of `domains` or below one of them
 * (`eu.acme.com` for `acme.com`; never `acme.com.evil.net` nor `evilacme.com`). `domains` are lower case.
 */
export function isInternalEmail(email: string, domains: readonly string[]): boolean {
  const domain = emailDomain(email);
  return domain !== '' && domains.some((own) => domain === own || domain.endsWith(`.${own}`));
}

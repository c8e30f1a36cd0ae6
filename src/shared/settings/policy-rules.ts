// The rules an organisation enforces by policy (storage.managed), as opposed to the defaults it sets
// (policy.ts): which verification methods senders may use, passwords, the organisation's own email
// domains, what classified files demand, and where signed copies may go. Parsed here field by field;
// enforced by the rule engine (shared/policy/). A new rule key is one more entry in RULE_FIELDS.
//
// Lists are read element by element: an invalid element is ignored and listed, and a list left empty
// stays empty, so a policy that meant to restrict never silently allows everything (the engine then
// refuses, and the options page says why).
import { FOLDER_ID, ROOT_FOLDER_ID } from '../box-ids';
import { MAX_PASSWORD_LENGTH, SIGN_METHODS, type SignMethod } from '../sign-request/limits';

/** What files with one classification label require. An unset field adds no requirement. */
export type ClassificationRule = { methods?: readonly SignMethod[]; requirePassword?: boolean };

export type PolicyRules = {
  /** The methods senders may use; [] allows none (sending is blocked). Unset: all. */
  allowedMethods?: readonly SignMethod[];
  /** Every signer also gets a password. */
  requirePassword?: boolean;
  /** The organisation's email domains (lower case); their subdomains count as theirs. */
  internalDomains?: readonly string[];
  /** The methods signers outside `internalDomains` must use. */
  externalMethods?: readonly SignMethod[];
  /** By classification label, matched without regard to case: see `labelRule`. */
  classificationRules?: Readonly<Record<string, ClassificationRule>>;
  /** Signed copies go only to these folders or below them; [] allows none. */
  allowedParentFolders?: readonly string[];
  /** Signer passwords shorter than this are refused (the signer guard, shared/guard/). */
  minPasswordLength?: number;
  /** A signer domain that looks like an internal one or one sent to before is refused, not only flagged. */
  blockLookalikeDomains?: boolean;
  /** SMS to a number that looks like a landline or service number is refused, not only flagged. */
  blockLandlineSms?: boolean;
};
export type RuleKey = keyof PolicyRules;

type Read<T> = { value?: T; ignored: string[] };

// Plain checks rather than zod schemas: the background bundle has a size budget, and each of these
// is one line. Each returns the value to keep, or undefined for an invalid one.
type Check<T> = (raw: unknown) => T | undefined;

/** A list of values `item` accepts: invalid elements are ignored (and named `key[i]`), duplicates dropped. */
function listOf<T>(item: Check<T>) {
  return (raw: unknown, key: string): Read<readonly T[]> => {
    if (!Array.isArray(raw)) return { ignored: [key] };
    const ignored: string[] = [];
    const value: T[] = [];
    raw.forEach((element, index) => {
      const parsed = item(element);
      if (parsed === undefined) ignored.push(`${key}[${index}]`);
      else if (!value.includes(parsed)) value.push(parsed);
    });
    return { value, ignored };
  };
}

const isMethod: Check<SignMethod> = (raw) => ((SIGN_METHODS as readonly unknown[]).includes(raw) ? (raw as SignMethod) : undefined);
// A DNS name of at least two labels, compared in lower case; a leading `@` is forgiven.
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const isDomain: Check<string> = (raw) => {
  const text = typeof raw === 'string' ? raw.trim().toLowerCase().replace(/^@/, '') : '';
  return DOMAIN.test(text) ? text : undefined;
};
const isFolder: Check<string> = (raw) => (typeof raw === 'string' && FOLDER_ID.test(raw) && raw !== ROOT_FOLDER_ID ? raw : undefined);
const isLabel = (raw: string): boolean => raw.trim().length > 0 && raw.length <= 200;

const methods = listOf(isMethod);

/** One label's rule: its own fields read like the top-level ones (`classificationRules.<label>.methods[0]`). */
function readClassificationRules(raw: unknown, key: string): Read<Record<string, ClassificationRule>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ignored: [key] };
  const ignored: string[] = [];
  const value: Record<string, ClassificationRule> = {};
  for (const [label, rule] of Object.entries(raw)) {
    const at = `${key}.${label}`;
    if (!isLabel(label) || typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
      ignored.push(at);
      continue;
    }
    const fields = rule as Record<string, unknown>;
    const out: ClassificationRule = {};
    if (fields['methods'] !== undefined) {
      const read = methods(fields['methods'], `${at}.methods`);
      ignored.push(...read.ignored);
      if (read.value) out.methods = read.value;
    }
    if (fields['requirePassword'] !== undefined) {
      if (typeof fields['requirePassword'] === 'boolean') out.requirePassword = fields['requirePassword'];
      else ignored.push(`${at}.requirePassword`);
    }
    for (const extra of Object.keys(fields)) if (extra !== 'methods' && extra !== 'requirePassword') ignored.push(`${at}.${extra}`);
    value[label.trim()] = out;
  }
  return { value, ignored };
}

/** How each rule key is read from the policy. */
export const RULE_FIELDS: { [K in RuleKey]-?: (raw: unknown, key: string) => Read<NonNullable<PolicyRules[K]>> } = {
  allowedMethods: methods,
  requirePassword: (raw, key) => (typeof raw === 'boolean' ? { value: raw, ignored: [] } : { ignored: [key] }),
  internalDomains: listOf(isDomain),
  externalMethods: methods,
  classificationRules: readClassificationRules,
  allowedParentFolders: listOf(isFolder),
  minPasswordLength: (raw, key) => (Number.isInteger(raw) && (raw as number) >= 1 && (raw as number) <= MAX_PASSWORD_LENGTH ? { value: raw as number, ignored: [] } : { ignored: [key] }),
  blockLookalikeDomains: (raw, key) => (typeof raw === 'boolean' ? { value: raw, ignored: [] } : { ignored: [key] }),
  blockLandlineSms: (raw, key) => (typeof raw === 'boolean' ? { value: raw, ignored: [] } : { ignored: [key] }),
};
export const RULE_KEYS = Object.keys(RULE_FIELDS) as RuleKey[];

/** Reads the rule keys of a policy object; never throws. */
export function readPolicyRules(input: Record<string, unknown>): { rules: PolicyRules; ignored: string[] } {
  const rules: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const key of RULE_KEYS) {
    if (input[key] === undefined) continue;
    const read = (RULE_FIELDS[key] as (raw: unknown, key: string) => Read<unknown>)(input[key], key);
    ignored.push(...read.ignored);
    if (read.value !== undefined) rules[key] = read.value;
  }
  return { rules: rules as PolicyRules, ignored };
}

/** The rule for a label, matched trimmed and without regard to case (admins type labels by hand). */
export function labelRule(rules: PolicyRules, label: string | null): { label: string; rule: ClassificationRule } | null {
  if (label === null || !rules.classificationRules) return null;
  const wanted = label.trim().toLowerCase();
  for (const [name, rule] of Object.entries(rules.classificationRules)) {
    if (name.toLowerCase() === wanted) return { label, rule };
  }
  return null;
}

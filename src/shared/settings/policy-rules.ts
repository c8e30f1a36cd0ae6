// The rules an organisation enforces by policy (storage.managed), as opposed to the defaults it sets
// (policy.ts): which verification methods senders may use, passwords, the organisation's own email
// domains, what classified files demand, and where signed copies may go. Parsed here field by field;
// enforced by the rule engine (shared/policy/). A new rule key is one more entry in RULE_FIELDS.
//
// Lists are read element by element: an invalid element is ignored and listed, and a list left empty
// stays empty, so a policy that meant to restrict never silently allows everything (the engine then
// refuses, and the options page says why).
import * as z from 'zod/mini';
import { FOLDER_ID, ROOT_FOLDER_ID } from '../box-ids';
import { SIGN_METHODS, type SignMethod } from '../sign-request/limits';

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
};
export type RuleKey = keyof PolicyRules;

type Read<T> = { value?: T; ignored: string[] };

/** A list of `item`s: invalid elements are ignored (and named `key[i]`), duplicates dropped. */
function listOf<T>(item: z.ZodMiniType<T>) {
  return (raw: unknown, key: string): Read<readonly T[]> => {
    if (!Array.isArray(raw)) return { ignored: [key] };
    const ignored: string[] = [];
    const value: T[] = [];
    raw.forEach((element, index) => {
      const parsed = item.safeParse(element);
      if (!parsed.success) ignored.push(`${key}[${index}]`);
      else if (!value.includes(parsed.data)) value.push(parsed.data);
    });
    return { value, ignored };
  };
}

function single<T>(schema: z.ZodMiniType<T>) {
  return (raw: unknown, key: string): Read<T> => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? { value: parsed.data, ignored: [] } : { ignored: [key] };
  };
}

const MethodSchema = z.enum(SIGN_METHODS);
// A DNS name of at least two labels, compared in lower case; a leading `@` is forgiven.
const DomainSchema = z.pipe(
  z.string().check(z.trim(), z.toLowerCase()),
  z.transform((text: string) => text.replace(/^@/, '')),
).check(z.refine((text) => /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(text)));
const FolderSchema = z.string().check(z.regex(FOLDER_ID), z.refine((id) => id !== ROOT_FOLDER_ID));
const LabelSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

const methods = listOf(MethodSchema);

/** One label's rule: its own fields read like the top-level ones (`classificationRules.<label>.methods[0]`). */
function readClassificationRules(raw: unknown, key: string): Read<Record<string, ClassificationRule>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ignored: [key] };
  const ignored: string[] = [];
  const value: Record<string, ClassificationRule> = {};
  for (const [label, rule] of Object.entries(raw)) {
    const name = LabelSchema.safeParse(label);
    const at = `${key}.${label}`;
    if (!name.success || typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
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
    value[name.data] = out;
  }
  return { value, ignored };
}

/** How each rule key is read from the policy. */
export const RULE_FIELDS: { [K in RuleKey]-?: (raw: unknown, key: string) => Read<NonNullable<PolicyRules[K]>> } = {
  allowedMethods: methods,
  requirePassword: single(z.boolean()),
  internalDomains: listOf(DomainSchema),
  externalMethods: methods,
  classificationRules: readClassificationRules,
  allowedParentFolders: listOf(FolderSchema),
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

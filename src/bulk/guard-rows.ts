// The signer guard on the Bulk send page (issue 16): each checked row through the popup's own notes
// (ui/signer-guard.ts: landline, changed phone, look-alike domain, password quality) and the
// organisation's refusals (shared/guard/refusal.ts, the very rule the background enforces on every
// row). A refused row is not sent; a landline or a changed number is sent only once confirmed. Pure.
import type { PhoneMemory } from '../shared/messages';
import type { Confusables } from '../shared/guard/confusables';
import { guardRefusal } from '../shared/guard/refusal';
import { effectiveMinPassword, type GuardPolicy } from '../shared/guard/policy';
import { signerRowNotes } from '../ui/signer-guard';
import type { CheckedRow, CheckResult } from './check-rows';

export type ConfirmKind = 'landline' | 'changed';

export type RowGuard = {
  /** Plain-words warnings beside the row (look-alike or foreign-script domain, password quality). */
  warnings: string[];
  /** What needs an explicit tick before the row is sent, with the words to show. */
  confirm: { kind: ConfirmKind; key: string; message: string }[];
  /** The organisation's policy refuses this row: it is not sent. */
  refusal: string | null;
};

export type GuardFacts = {
  policy: GuardPolicy;
  /** The organisation's domains and the domains this browser sent to before. */
  trusted: readonly string[];
  /** The look-alike table, loaded with the page's setup. */
  confusables: Confusables;
  phoneType: (e164: string) => string | undefined;
  /** What the background remembers of this email's last number (null: not known, or not asked yet). */
  memory: (email: string, e164: string) => PhoneMemory | null;
};

const smsPhoneOf = (checked: CheckedRow) => {
  const verification = checked.row?.signer.verification;
  return verification?.kind === 'sms' ? verification.phone : null;
};

/** The SMS rows' (email, number) pairs, for the background's `checkSignerPhones`. */
export function smsPairs(rows: readonly CheckedRow[]): { email: string; phone: string }[] {
  return rows.flatMap((checked) => {
    const phone = smsPhoneOf(checked);
    return phone === null ? [] : [{ email: checked.row!.signer.email, phone }];
  });
}

/** The guard's view of every row that passed the form's rules, by recipient key. */
export function guardRows(result: CheckResult, facts: GuardFacts): Map<string, RowGuard> {
  const ctx = { trusted: facts.trusted, confusables: facts.confusables, minPassword: effectiveMinPassword(facts.policy) };
  // Each row is its own request, but one password on many rows is the reuse the guard warns about.
  const uses = new Map<string, number>();
  for (const { row } of result.rows) if (row?.signer.password) uses.set(row.signer.password, (uses.get(row.signer.password) ?? 0) + 1);
  const guards = new Map<string, RowGuard>();
  for (const checked of result.rows) {
    if (checked.row === null) continue;
    const { email, password } = checked.row.signer;
    const e164 = smsPhoneOf(checked);
    const memory = e164 === null ? null : facts.memory(email, e164);
    const reused = password !== null && (uses.get(password) ?? 0) > 1 ? [password] : [];
    const notes = signerRowNotes({ email, e164, phoneType: e164 === null ? undefined : facts.phoneType(e164), memory, password }, reused, ctx);
    const tie = (kind: ConfirmKind) => `${checked.recipient.key}|${kind}|${email}|${e164}`;
    guards.set(checked.recipient.key, {
      warnings: [...notes.email, ...(notes.password?.issues ?? [])],
      confirm: [
        ...(notes.landline ? [{ kind: 'landline' as const, key: tie('landline'), message: notes.landline }] : []),
        ...(notes.changed ? [{ kind: 'changed' as const, key: tie('changed'), message: notes.changed }] : []),
      ],
      refusal: guardRefusal([{ email, password, smsPhone: e164 }], facts.policy, facts),
    });
  }
  return guards;
}

/** Whether the guard lets a row go: not refused, and every confirmation it needs ticked. */
export function guardAllows(guard: RowGuard | undefined, confirmed: ReadonlySet<string>): boolean {
  if (!guard) return true;
  return guard.refusal === null && guard.confirm.every((c) => confirmed.has(c.key));
}

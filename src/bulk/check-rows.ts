// Check recipients: every row is checked as the popup checks one signer (the same validateSignForm,
// the same shared rules and phone reading), plus what only a batch has: duplicate addresses and the
// batch cap. Rows with a problem are not sent; each problem is shown beside its row. Pure.
import { type BulkBase, type BulkRow } from '../shared/messages';
import { MAX_BULK_ROWS } from '../shared/schemas/bulk';
import type { SignTemplate } from '../shared/messages';
import { FIELD, validateSignForm, type OptionsDraft, type SignMethod, type SignerDraft } from '../ui/sign-form';
import type { Recipient } from './recipients';
import { toPrefill } from './placeholders';
import { words } from './words';

export type RowField = 'email' | 'phone' | 'password' | 'row';
export type CheckedRow = { recipient: Recipient; problems: { field: RowField; message: string }[]; row: BulkRow | null };

export type CheckContext = {
  fileIds: string[];
  templateId: string | null;
  template: SignTemplate | null;
  defaultCountry: string;
  /** For rows with neither phone nor password (the form's choice, or the policy's). */
  defaultMethod: SignMethod;
  options: OptionsDraft;
  /** Generated passwords by recipient key, for rows that have none of their own. */
  generated: Readonly<Record<string, string>>;
};

export type CheckResult = {
  rows: CheckedRow[];
  /** What every request shares, once it passes; null while a shared field has a problem. */
  base: BulkBase | null;
  /** Problems of the shared fields (files, template, options), by the form's field key. */
  shared: Record<string, string>;
  /** Problems of the batch as a whole. */
  batch: string[];
};

/** How a row is verified: its own phone and password decide; without either, the default method. */
export function rowMethod(recipient: Recipient, defaultMethod: SignMethod, password: string): { method: SignMethod; addPassword: boolean } {
  const phone = recipient.phone.trim() !== '';
  const hasPassword = password !== '';
  if (phone) return { method: 'sms', addPassword: hasPassword };
  if (recipient.password !== '') return { method: 'password', addPassword: false };
  if (hasPassword && (defaultMethod === 'none' || defaultMethod === 'password')) return { method: 'password', addPassword: false };
  return { method: defaultMethod, addPassword: hasPassword };
}

export function checkRows(recipients: readonly Recipient[], ctx: CheckContext): CheckResult {
  const seen = new Map<string, number>();
  let base: BulkBase | null = null;
  let shared: Record<string, string> = {};
  const rows = recipients.map((recipient, index): CheckedRow => {
    const password = recipient.password !== '' ? recipient.password : (ctx.generated[recipient.key] ?? '');
    const { method, addPassword } = rowMethod(recipient, ctx.defaultMethod, password);
    const signer: SignerDraft = { id: recipient.key, email: recipient.email, role: 'signer', order: '', method, phone: recipient.phone, addPassword };
    const draft = { signers: [signer], templateId: ctx.templateId, templateFiles: ctx.fileIds.length > 0, options: ctx.options };
    const result = validateSignForm(draft, { [recipient.key]: password }, { fileIds: ctx.fileIds, defaultCountry: ctx.defaultCountry, template: ctx.template });
    const problems: CheckedRow['problems'] = [];
    const email = recipient.email.trim().toLowerCase();
    const first = seen.get(email);
    if (email !== '' && first !== undefined) problems.push({ field: 'email', message: words.duplicateRow(first + 1) });
    else seen.set(email, index);
    if (!result.ok) {
      for (const [key, message] of Object.entries(result.errors)) {
        const field = rowField(key);
        if (field) problems.push({ field, message });
        else if (index === 0 || Object.keys(shared).length === 0) shared = { ...shared, [key]: message };
      }
      return { recipient, problems, row: null };
    }
    const { signers, ...rest } = result.request;
    // The batch's own wish; each row's request applies it only with a phone (bulkRequest).
    base ??= { ...rest, options: { ...rest.options, requirePhoneToView: ctx.options.requirePhoneToView } };
    // The template's placeholders, as this row fills them (issue 15: one column per placeholder).
    const filled = toPrefill(recipient.prefill ?? {}, ctx.template?.placeholders ?? []);
    if ('problem' in filled) problems.push({ field: 'row', message: filled.problem });
    const prefill = 'prefill' in filled && filled.prefill.length > 0 ? { prefill: filled.prefill } : {};
    const row: BulkRow = { id: recipient.key, name: recipient.name.trim() || null, signer: signers[0]!, ...prefill };
    return { recipient, problems, row: problems.length === 0 ? row : null };
  });
  const batch = recipients.length > MAX_BULK_ROWS ? [words.tooManyRows(MAX_BULK_ROWS)] : recipients.length === 0 ? [words.noRows] : [];
  if (Object.keys(shared).length > 0) base = null;
  return { rows, base, shared, batch };
}

/** The row field a form error belongs to; null: a field every request shares. */
function rowField(key: string): RowField | null {
  if (key === FIELD.email(0)) return 'email';
  if (key === FIELD.phone(0)) return 'phone';
  if (key === FIELD.password(0)) return 'password';
  if (key.startsWith('signers')) return 'row';
  return null;
}

/** The rows ready to send: those without any problem, once the shared fields pass. */
export function sendable(result: CheckResult): BulkRow[] {
  if (result.base === null || result.batch.length > 0) return [];
  return result.rows.flatMap((checked) => (checked.row ? [checked.row] : []));
}

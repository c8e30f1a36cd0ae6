import type { StoredFile } from './content.ts';
import { isRecord } from './is-record.ts';
import { prefillAgainstTemplate } from './sign-prefill.ts';
import { validateSigner, type Invalid } from './sign-validate.ts';
import { nonEditable, type StoredTemplate, type StoredTemplateSigner } from './sign-templates.ts';

// POST /2.0/sign_requests with `template_id`: the template supplies documents, destination, email settings,
// expiry and recipients; the request fills the placeholders. Sources:
// - spec SignRequestCreateSigner.email: "required … except when using templates that are configured to
//   include emails";
// - spec TemplateSigner.is_password_required / is_phone_number_required: for signers with a defined email the
//   values stored in the template are used by default; for signers without one "the creator needs to provide"
//   the password / phone number when creating the request;
// - docs guides/box-sign/sign-templates: "Make sure the signer order is the same as the one displayed on the
//   template" — request signers fill the template's signers by position (after the sender's own row);
// - docs (same guide, and pages/sign/…/20-sign-template): no `source_files` needed;
// - Box's answer in box-windows-sdk-v2#940: a template can make request properties "required or
//   non-populatable" (`additional_info`); a request that does not fit the template gets 400 bad_request.

export type Applied =
  | { ok: true; body: Record<string, unknown>; documents: StoredFile[] | null }
  | { ok: false; bad: Invalid };

const fail = (name: string, message: string): Applied => ({ ok: false, bad: { name, message } });

const given = (v: unknown): boolean => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);

/**
 * Request fields the template makes non-editable are refused when the request sets them at all
 * [inference: "non-populatable" read strictly — even a value equal to the template's is refused].
 */
function checkLocks(t: StoredTemplate, body: Record<string, unknown>): Applied | null {
  for (const field of nonEditable(t)) {
    if (field === 'signers') continue; // signers are required anyway; checked per signer in mergeSigners
    if (given(body[field])) {
      return fail(field, `'${field}' cannot be set: the template '${t.name}' does not allow changing it`);
    }
  }
  return null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

type Result<T> = { ok: true; value: T } | { ok: false; bad: Invalid };
const bad = <T>(name: string, message: string): Result<T> => ({ ok: false, bad: { name, message } });

/**
 * A value the template defines: the request's wins unless recipients are locked, where a different value is
 * a 400 [inference: `are_recipients_locked` — "template signers are editable or not"].
 */
function pick(t: StoredTemplate, name: string, templateValue: unknown, requestValue: unknown,
  same: (a: unknown, b: unknown) => boolean): Result<unknown> {
  if (requestValue === undefined || requestValue === null || requestValue === '') return { ok: true, value: templateValue };
  if (t.locks.recipients && !same(templateValue, requestValue)) {
    return bad(name, `'${name}' cannot be changed: the template '${t.name}' locks its recipients`);
  }
  return { ok: true, value: requestValue };
}

const eq = (a: unknown, b: unknown): boolean => a === b;
const eqEmail = (a: unknown, b: unknown): boolean => typeof b === 'string' && String(a).toLowerCase() === b.toLowerCase();

function mergeOne(t: StoredTemplate, ts: StoredTemplateSigner, r: Record<string, unknown>, i: number): Result<Record<string, unknown>> {
  const p = `signers[${i}].`;
  const who = ts.label === '' ? `#${i + 1}` : `'${ts.label}'`;
  const merged: Record<string, unknown> = { ...r };
  if (ts.email === '') {
    if (!str(r['email'])) return bad(`${p}email`, `'${p}email' is required: the template's signer ${who} has no email`);
  } else {
    const email = pick(t, `${p}email`, ts.email, r['email'], eqEmail);
    if (!email.ok) return email;
    merged['email'] = email.value;
  }
  const fields: [string, unknown][] = [['role', ts.role], ['order', ts.order], ['is_in_person', ts.isInPerson], ['login_required', ts.loginRequired]];
  for (const [key, templateValue] of fields) {
    const v = pick(t, `${p}${key}`, templateValue, r[key], eq);
    if (!v.ok) return v;
    merged[key] = v.value;
  }
  // The group belongs to the template ("can only be used within Box Sign requests created from it").
  if (ts.signerGroupId !== null) merged['signer_group_id'] = ts.signerGroupId;
  const secrets: [string, boolean, string | null, string][] = [
    ['verification_phone_number', ts.isPhoneNumberRequired, ts.phoneNumber, 'a phone number'],
    ['password', ts.isPasswordRequired, ts.password, 'a password'],
  ];
  for (const [key, required, stored, what] of secrets) {
    if (!required) continue;
    if (ts.email === '') {
      if (!str(r[key])) return bad(`${p}${key}`, `'${p}${key}' is required: the template's signer ${who} needs ${what}`);
    } else {
      const v = pick(t, `${p}${key}`, stored, r[key], eq);
      if (!v.ok) return v;
      merged[key] = v.value;
    }
  }
  return { ok: true, value: merged };
}

function mergeSigners(t: StoredTemplate, raw: unknown[]): Result<Record<string, unknown>[]> {
  const requested = raw.filter(isRecord);
  if (requested.length > t.signers.length && t.locks.recipients) {
    return bad('signers', `The template '${t.name}' locks its recipients: at most ${t.signers.length} signers, got ${requested.length}`);
  }
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < Math.max(requested.length, t.signers.length); i++) {
    const ts = t.signers[i];
    const r = requested[i] ?? {};
    // Signers beyond the template's are extra recipients when recipients are not locked [inference].
    const merged = ts ? mergeOne(t, ts, r, i) : { ok: true as const, value: r };
    if (!merged.ok) return merged;
    // Every rule of a plain request still holds for the merged signer: email, login_required vs phone, phone…
    const invalid = validateSigner(merged.value, i, false);
    if (invalid) return { ok: false, bad: invalid };
    out.push(merged.value);
  }
  return { ok: true, value: out };
}

export function applyTemplate(t: StoredTemplate, body: Record<string, unknown>): Applied {
  const locked = checkLocks(t, body);
  if (locked) return locked;
  const signers = mergeSigners(t, Array.isArray(body['signers']) ? body['signers'] : []);
  if (!signers.ok) return signers;
  const prefill = prefillAgainstTemplate(t.signers.flatMap((s) => s.inputs), t.name, body['prefill_tags']);
  if (prefill) return { ok: false, bad: prefill };
  const out: Record<string, unknown> = { ...body, signers: signers.value };
  // Template defaults where the request leaves a field out (spec SignTemplate: email_subject, email_message,
  // days_valid, parent_folder "The destination folder").
  const defaults: [string, unknown][] = [['email_subject', t.emailSubject], ['email_message', t.emailMessage], ['days_valid', t.daysValid]];
  for (const [key, value] of defaults) if (!given(out[key]) && value !== null) out[key] = value;
  if (!given(out['parent_folder'])) out['parent_folder'] = { type: 'folder', id: t.parentFolder.id };
  // The request's own files replace the template's when files are not locked [inference]; otherwise the
  // template's documents are converted.
  return { ok: true, body: out, documents: given(body['source_files']) ? null : t.sourceFiles };
}

// Validation of the popup's sending form, in one pass. Pure: the popup shows the errors beside the
// fields, and the request it returns is exactly what `sendSignRequest` expects. Each field is read once
// (what the user typed, with a message for the person; what the user picked, with the protocol's own
// schemas), then the rules spanning fields run once: they are the protocol's own (shared/sign-request/
// rules.ts, template.ts), so nothing passes here and fails there. The background checks the request
// again on receipt; the form does not run the whole protocol schema over it as well.
import type * as z from 'zod/mini';
import { en } from 'zod/locales';
import { parseBoxUrl } from '../shared/box-urls';
import { t } from '../shared/i18n';
import {
  EmailSchema,
  FileIdSchema,
  NO_REQUEST_OPTIONS,
  SignTemplateIdSchema,
  type SendSignRequest,
  type Signer,
  type SignRequestOptions,
} from '../shared/messages';
import { normalisePhone } from './phone/phone-loader';
import { MAX_DAYS_VALID, MAX_ORDER, MAX_PASSWORD_LENGTH, type SignMethod } from '../shared/sign-request/limits';
import { requestIssues } from '../shared/sign-request/rules';
import { policyRefusals, policySigners } from '../shared/policy';
import { TEXT_RULES, textIssue } from '../shared/sign-request/text-rules';
import { templateIssues, templateLocks } from '../shared/sign-request/template';

import { FIELD, type OptionsDraft, type Passwords, type SignerDraft, type SignFormContext, type SignFormDraft, type SignFormErrors, type SignFormResult } from './sign-form-fields';

export * from './sign-form-fields';

export function validateSignForm(draft: SignFormDraft, passwords: Passwords, ctx: SignFormContext): SignFormResult {
  const errors: SignFormErrors = {};
  const fail = (key: string, message: string) => void (errors[key] ??= message);

  const template = draft.templateId === null ? null : ctx.template;
  if (draft.templateId !== null && template === null) fail(FIELD.template, t('waitTemplate'));
  if (draft.templateId !== null) checkPicked(SignTemplateIdSchema, draft.templateId, FIELD.template, fail);
  const locks = template ? templateLocks(template) : null;
  const fileIds = template && (locks?.files || !draft.templateFiles) ? [] : [...ctx.fileIds];
  fileIds.forEach((id, index) => checkPicked(FileIdSchema, id, `${FIELD.files}.${index}`, fail));

  const signers = draft.signers.map((signer, index) => readSigner(signer, index, passwords[signer.id] ?? '', draft.options.ordered, ctx, fail));
  const options = readOptions(draft.options, signers, template !== null, locks, fail);

  const request: SendSignRequest = {
    fileIds,
    templateId: draft.templateId,
    signers: signers.filter((signer) => signer !== null),
    options: options ?? emptyOptions(),
  };
  // The shared rules, reported only where the field itself is fine, so each field shows one message.
  // Signer rules need every row read: with a row missing, indexes would point at the wrong signer.
  const allSigners = signers.every((signer) => signer !== null);
  const issues = requestIssues(request);
  if (template && allSigners && options) issues.push(...templateIssues(request, template));
  for (const issue of issues) {
    if (issue.path[0] === 'signers' && !allSigners) continue;
    fail(issue.path.join('.'), issue.message);
  }
  // The organisation's rules, beside the signer's method or password, the folder, or for the whole form.
  if (ctx.policy && allSigners) {
    const parentFolder = request.options.parentFolderId === null ? null : { id: request.options.parentFolderId, ancestorIds: null };
    const refusals = policyRefusals({ signers: policySigners(request.signers), files: ctx.policy.files, parentFolder }, ctx.policy.rules);
    for (const refusal of refusals) fail(refusal.path.length > 0 ? refusal.path.join('.') : 'form', refusal.message);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request };
}

type Fail = (key: string, message: string) => void;

let english: ReturnType<typeof en>['localeError'] | undefined;
/** zod's English messages, built on first use (only a value that is not what the page or Box gave needs them). */
function zodEnglish(): ReturnType<typeof en>['localeError'] {
  return (english ??= en().localeError);
}

/**
 * What the user picked rather than typed (the page's files, a template from Box's list) was checked
 * where it came from; it is checked here with the protocol's own schema, so a request the background
 * would refuse is never sent. zod/mini loads no messages of its own: zod's English words the rest.
 */
function checkPicked(schema: z.ZodMiniType, value: unknown, key: string, fail: Fail): void {
  const result = schema.safeParse(value, { error: zodEnglish() });
  if (!result.success) for (const issue of result.error.issues) fail(key, issue.message);
}

function readSigner(draft: SignerDraft, index: number, password: string, ordered: boolean, ctx: SignFormContext, fail: Fail): Signer | null {
  let ok = true;
  const bad = (key: string, message: string) => {
    ok = false;
    fail(key, message);
  };
  const email = draft.email.trim();
  const emailError = checkEmail(email);
  if (emailError) bad(FIELD.email(index), emailError);

  let order: number | null = null;
  if (ordered) {
    const text = draft.order.trim();
    if (/^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= MAX_ORDER) order = Number(text);
    else bad(FIELD.order(index), t('orderRange', MAX_ORDER));
  }

  // A final copy reader only receives the signed document: nothing to verify.
  const method: SignMethod = draft.role === 'final_copy_reader' ? 'none' : draft.method;
  let verification: Signer['verification'] = { kind: 'none' };
  if (method === 'sms') {
    // Null while the phone module loads (see phone-loader.ts): no error yet, and no request either.
    const phone = normalisePhone(draft.phone, ctx.defaultCountry);
    if (phone === null) ok = false;
    else if (phone.ok) verification = { kind: 'sms', phone: phone.e164 };
    else bad(FIELD.phone(index), phone.error);
  } else if (method === 'login') {
    verification = { kind: 'login' };
  }

  const wantsPassword = method === 'password' || ((method === 'sms' || method === 'login') && draft.addPassword);
  if (wantsPassword) {
    const passwordError = checkPassword(password);
    if (passwordError) bad(FIELD.password(index), passwordError);
  }
  if (!ok) return null;
  return { email, role: draft.role, order, verification, password: wantsPassword ? password : null };
}

function readOptions(
  draft: OptionsDraft,
  signers: (Signer | null)[],
  hasTemplate: boolean,
  locks: ReturnType<typeof templateLocks> | null,
  fail: Fail,
): SignRequestOptions | null {
  let ok = true;
  const bad = (name: keyof SignRequestOptions, message: string) => {
    ok = false;
    fail(FIELD.option(name), message);
  };
  const text = (value: string, name: 'emailSubject' | 'emailMessage' | 'name', locked: boolean | undefined) => {
    const trimmed = value.trim();
    if (locked || trimmed === '') return null;
    const issue = textIssue(TEXT_RULES[name], trimmed);
    if (issue) bad(name, issue);
    return trimmed;
  };

  const folder = readFolder(draft.folder);
  if (!folder.ok) bad('parentFolderId', folder.error);

  let daysValid: number | null = null;
  const days = draft.daysValid.trim();
  if (!locks?.daysValid && days !== '') {
    if (/^\d{1,3}$/.test(days) && Number(days) <= MAX_DAYS_VALID) daysValid = Number(days);
    else bad('daysValid', t('daysRange', MAX_DAYS_VALID));
  }
  const emailSubject = text(draft.emailSubject, 'emailSubject', locks?.emailSubject);
  const emailMessage = text(draft.emailMessage, 'emailMessage', locks?.emailMessage);
  const name = text(draft.name, 'name', locks?.name);
  if (!ok) return null;
  return {
    // A template places its own fields; the checkbox is not offered then.
    prepare: draft.prepare && !hasTemplate,
    parentFolderId: folder.ok ? folder.id : null,
    emailSubject,
    emailMessage,
    daysValid,
    remindersEnabled: draft.reminders && !locks?.options,
    signatureColor: draft.signatureColor === '' || locks?.options ? null : draft.signatureColor,
    name,
    // Offered only while a signer uses SMS; a setting's pre-tick must not block a request without one.
    requirePhoneToView: draft.requirePhoneToView && signers.some((signer) => signer?.verification.kind === 'sms'),
  };
}

function emptyOptions(): SignRequestOptions {
  return { ...NO_REQUEST_OPTIONS };
}

type FolderResult = { ok: true; id: string | null } | { ok: false; error: string };

/** A folder ID, or a Box folder address (`…/folder/123`) pasted from the browser. Empty: none chosen. */
export function readFolder(input: string): FolderResult {
  const text = input.trim();
  if (text === '') return { ok: true, id: null };
  if (/^\d{1,20}$/.test(text)) return { ok: true, id: text.replace(/^0+(?=\d)/, '') };
  const location = parseBoxUrl(text);
  if (location.kind === 'folder') return { ok: true, id: location.folderId };
  return { ok: false, error: t('folderInvalid') };
}

function checkEmail(email: string): string | null {
  if (email === '') return t('emailMissing');
  const issue = textIssue(TEXT_RULES.email, email);
  if (issue) return issue;
  // The protocol's own schema, so the form and the background can never disagree.
  if (!EmailSchema.safeParse(email).success) return t('emailInvalid');
  return null;
}

function checkPassword(password: string): string | null {
  // Box states no password rules; we only refuse what the request cannot carry.
  if (password === '') return t('passwordMissing');
  if (password.length > MAX_PASSWORD_LENGTH) return t('passwordTooLong', MAX_PASSWORD_LENGTH);
  return null;
}

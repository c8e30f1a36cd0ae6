import { MAX_DAYS_VALID, MAX_FILES } from '../src/shared/sign-request/limits.ts';
import type { StoredFile, StoredFolder } from './content.ts';
import { sha1Hex } from './ids.ts';
import { fileMini, folderMini } from './sign-model.ts';
import type { EmulatorState } from './state.ts';
import type { EmulatorSignTemplate, SignRole } from './types.ts';

// Box Sign templates (spec schemas SignTemplate, TemplateSigner; docs guides/box-sign/sign-templates and
// pages/sign/20-technical-use-cases/20-sign-template). Templates are created in the Box web app only: the API
// lists them, reads one, and creates sign requests from them (`template_id`).

export interface StoredTemplateSigner {
  /** '' for a placeholder (Box's examples list placeholders as `"email": ""`, not null). */
  email: string;
  label: string;
  publicId: string;
  role: SignRole;
  order: number;
  isInPerson: boolean;
  isPasswordRequired: boolean;
  isPhoneNumberRequired: boolean;
  loginRequired: boolean;
  signerGroupId: string | null;
  /** Stored with the template for defined-email signers; TemplateSigner has no such field, never serialised. */
  password: string | null;
  phoneNumber: string | null;
}

export interface TemplateLocks {
  fields: boolean;
  options: boolean;
  recipients: boolean;
  emailSettings: boolean;
  files: boolean;
}

export interface StoredTemplate {
  id: string;
  ownerId: string;
  name: string;
  emailSubject: string | null;
  emailMessage: string | null;
  daysValid: number | null;
  parentFolder: StoredFolder;
  sourceFiles: StoredFile[];
  locks: TemplateLocks;
  /** Public id of the sender's own row (listed first, see `templateToBox`). */
  senderPublicId: string;
  /** The recipients after the sender's row; request `signers[i]` fills `signers[i]`. */
  signers: StoredTemplateSigner[];
}

export type NonEditable = 'email_subject' | 'email_message' | 'name' | 'days_valid' | 'signers' | 'source_files';

/**
 * `additional_info.non_editable` (enum email_subject, email_message, name, days_valid, signers, source_files)
 * derived from the lock flags [inference: the spec gives both but not their link; the grouping follows the flag
 * descriptions — options "for example renaming the document", email settings, recipients = "template signers",
 * files]. `are_fields_locked` concerns the template's input fields, which have no create-request counterpart.
 */
export function nonEditable(t: StoredTemplate): NonEditable[] {
  const out: NonEditable[] = [];
  if (t.locks.emailSettings) out.push('email_subject', 'email_message');
  if (t.locks.options) out.push('name', 'days_valid');
  if (t.locks.recipients) out.push('signers');
  if (t.locks.files) out.push('source_files');
  return out;
}

/** Box public ids look like "4Z8QZZV4" (docs) — 8 upper-case letters and digits; derived, so seeds are stable. */
function derivedPublicId(seed: string): string {
  return BigInt(`0x${sha1Hex(seed).slice(0, 12)}`).toString(36).toUpperCase().padStart(8, '0').slice(-8);
}

const PUBLIC_ID = /^[A-Z0-9]{8,9}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function addTemplate(state: EmulatorState, def: EmulatorSignTemplate): StoredTemplate {
  const where = `emulator: sign template ${def.id}`;
  if (!UUID.test(def.id)) throw new Error(`${where}: id must be a lower-case UUID`);
  if (state.templates.some((t) => t.id === def.id)) throw new Error(`${where} already exists`);
  const ownerId = def.ownedByOther ? state.otherUser.id : state.user.id;
  const parent = state.content.folders.get(def.parentFolderId);
  // SignTemplate.parent_folder: "The root folder, folder ID `0`, cannot be used."
  if (!parent || parent.id === '0' || parent.ownerId !== ownerId) throw new Error(`${where}: parent folder ${def.parentFolderId} must be a non-root folder of the template's owner`);
  const sourceFiles = def.sourceFileIds.map((id) => {
    const file = state.content.files.get(id);
    if (!file || file.ownerId !== ownerId) throw new Error(`${where}: source file ${id} must be a file of the template's owner`);
    return file;
  });
  if (sourceFiles.length === 0 || sourceFiles.length > MAX_FILES) throw new Error(`${where}: 1 to ${MAX_FILES} source files`);
  const signers = def.signers.map((s, i): StoredTemplateSigner => {
    const email = s.email ?? '';
    const publicId = s.publicId ?? derivedPublicId(`${def.id}:${i + 1}`);
    if (!PUBLIC_ID.test(publicId)) throw new Error(`${where}: public id ${publicId} must be 8 upper-case letters/digits`);
    if (email === '' && (s.password !== undefined || s.phoneNumber !== undefined)) {
      throw new Error(`${where}: a placeholder signer has no stored password or phone (the request supplies them)`);
    }
    if (email !== '' && s.isPasswordRequired && !s.password) throw new Error(`${where}: ${email} needs a stored password`);
    if (email !== '' && s.isPhoneNumberRequired && !s.phoneNumber) throw new Error(`${where}: ${email} needs a stored phone number`);
    return {
      email,
      label: s.label ?? '',
      publicId,
      role: s.role ?? 'signer',
      order: s.order ?? 1,
      isInPerson: s.isInPerson ?? false,
      isPasswordRequired: s.isPasswordRequired ?? false,
      isPhoneNumberRequired: s.isPhoneNumberRequired ?? false,
      loginRequired: s.loginRequired ?? false,
      signerGroupId: s.signerGroupId ?? null,
      password: s.password ?? null,
      phoneNumber: s.phoneNumber ?? null,
    };
  });
  const days = def.daysValid ?? null;
  if (days !== null && !(Number.isInteger(days) && days >= 0 && days <= MAX_DAYS_VALID)) throw new Error(`${where}: days_valid 0…${MAX_DAYS_VALID}`);
  const template: StoredTemplate = {
    id: def.id,
    ownerId,
    name: def.name,
    emailSubject: def.emailSubject ?? null,
    emailMessage: def.emailMessage ?? null,
    daysValid: days,
    parentFolder: parent,
    sourceFiles,
    locks: {
      fields: def.locks?.fields ?? false,
      options: def.locks?.options ?? false,
      recipients: def.locks?.recipients ?? false,
      emailSettings: def.locks?.emailSettings ?? false,
      files: def.locks?.files ?? false,
    },
    senderPublicId: derivedPublicId(`${def.id}:0`),
    signers,
  };
  state.templates.push(template);
  return template;
}

function signerOut(s: StoredTemplateSigner): Record<string, unknown> {
  return {
    email: s.email, label: s.label, public_id: s.publicId, role: s.role, is_in_person: s.isInPerson,
    order: s.order, signer_group_id: s.signerGroupId, is_password_required: s.isPasswordRequired,
    is_phone_number_required: s.isPhoneNumberRequired, login_required: s.loginRequired,
    // Template inputs (signature/date/text fields placed in the editor) are not emulated.
    inputs: [],
  };
}

/** The SignTemplate resource. */
export function templateToBox(t: StoredTemplate): Record<string, unknown> {
  // The sender's own row comes first: role final_copy_reader, email "" and label "" (docs examples: the
  // list/get responses in pages/sign/…/20-sign-template.md and box-python-sdk's template fixture; the request
  // made from such a template has the sender as final_copy_reader and the POSTed signers after it).
  const sender: StoredTemplateSigner = {
    email: '', label: '', publicId: t.senderPublicId, role: 'final_copy_reader', order: 1, isInPerson: false,
    isPasswordRequired: false, isPhoneNumberRequired: false, loginRequired: false, signerGroupId: null,
    password: null, phoneNumber: null,
  };
  const rows = [sender, ...t.signers];
  return {
    type: 'sign-template',
    id: t.id,
    name: t.name,
    email_subject: t.emailSubject,
    email_message: t.emailMessage,
    days_valid: t.daysValid,
    parent_folder: folderMini(t.parentFolder),
    source_files: t.sourceFiles.map(fileMini),
    are_email_settings_locked: t.locks.emailSettings,
    are_fields_locked: t.locks.fields,
    are_files_locked: t.locks.files,
    are_options_locked: t.locks.options,
    are_recipients_locked: t.locks.recipients,
    signers: rows.map(signerOut),
    additional_info: {
      non_editable: nonEditable(t),
      // One entry per row, the sender's included; "email" where the row has none (python SDK fixture:
      // `{"signers": [["email"], ["email"]]}` for a sender row + one placeholder, both with email "").
      required: { signers: rows.map((s) => (s.email === '' ? ['email'] : [])) },
    },
    ready_sign_link: null,
    custom_branding: null,
    request_flow: 'standard',
  };
}

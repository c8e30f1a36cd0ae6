import type { StoredFile, StoredFolder } from './content.ts';
import { fileMini, folderMini } from './sign-model.ts';
import { inputToBox, type StoredTemplateInput } from './sign-template-inputs.ts';
import type { SignRole } from './types.ts';

// Box Sign templates (spec schemas SignTemplate, TemplateSigner; docs guides/box-sign/sign-templates and
// pages/sign/20-technical-use-cases/20-sign-template). Templates are created in the Box web app only: the API
// lists them, reads one, and creates sign requests from them (`template_id`).
// The stored shape and its JSON only: state.ts holds StoredTemplate[], so this module must not depend on the
// state; adding a template (which reads the state's folders and files) is sign-template-add.ts.

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
  /** The fields placed for this signer in the template editor. */
  inputs: StoredTemplateInput[];
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

function signerOut(s: StoredTemplateSigner): Record<string, unknown> {
  return {
    email: s.email, label: s.label, public_id: s.publicId, role: s.role, is_in_person: s.isInPerson,
    order: s.order, signer_group_id: s.signerGroupId, is_password_required: s.isPasswordRequired,
    is_phone_number_required: s.isPhoneNumberRequired, login_required: s.loginRequired,
    inputs: s.inputs.map(inputToBox),
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
    password: null, phoneNumber: null, inputs: [],
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

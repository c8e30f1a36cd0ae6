import { MAX_DAYS_VALID, MAX_FILES } from '../src/shared/sign-request/limits.ts';
import type { StoredFile, StoredFolder } from './content.ts';
import { sha1Hex } from './ids.ts';
import { checkUniqueTags, storedInput } from './sign-template-inputs.ts';
import type { StoredTemplate, StoredTemplateSigner, TemplateLocks } from './sign-templates.ts';
import type { EmulatorState } from './state.ts';
import type { EmulatorSignTemplate, EmulatorTemplateSigner } from './types.ts';

// The test/seed API `addSignTemplate`: Box makes templates in its web app only, so a bad definition is a
// programming error of the test and throws (naming the template) instead of answering like Box.

const PUBLIC_ID = /^[A-Z0-9]{8,9}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Box public ids look like "4Z8QZZV4" (docs) — 8 upper-case letters and digits; derived, so seeds are stable. */
function derivedPublicId(seed: string): string {
  return BigInt(`0x${sha1Hex(seed).slice(0, 12)}`).toString(36).toUpperCase().padStart(8, '0').slice(-8);
}

/** SignTemplate.parent_folder: "The root folder, folder ID `0`, cannot be used." */
function destination(state: EmulatorState, def: EmulatorSignTemplate, ownerId: string, where: string): StoredFolder {
  const parent = state.content.folders.get(def.parentFolderId);
  if (!parent || parent.id === '0' || parent.ownerId !== ownerId) throw new Error(`${where}: parent folder ${def.parentFolderId} must be a non-root folder of the template's owner`);
  return parent;
}

function documents(state: EmulatorState, def: EmulatorSignTemplate, ownerId: string, where: string): StoredFile[] {
  const sourceFiles = def.sourceFileIds.map((id) => {
    const file = state.content.files.get(id);
    if (!file || file.ownerId !== ownerId) throw new Error(`${where}: source file ${id} must be a file of the template's owner`);
    return file;
  });
  if (sourceFiles.length === 0 || sourceFiles.length > MAX_FILES) throw new Error(`${where}: 1 to ${MAX_FILES} source files`);
  return sourceFiles;
}

/** A placeholder's password and phone come with each request; a defined signer's are stored with the template. */
function checkStoredSecrets(s: EmulatorTemplateSigner, email: string, where: string): void {
  if (email === '' && (s.password !== undefined || s.phoneNumber !== undefined)) {
    throw new Error(`${where}: a placeholder signer has no stored password or phone (the request supplies them)`);
  }
  if (email !== '' && s.isPasswordRequired && !s.password) throw new Error(`${where}: ${email} needs a stored password`);
  if (email !== '' && s.isPhoneNumberRequired && !s.phoneNumber) throw new Error(`${where}: ${email} needs a stored phone number`);
}

/** Row `i + 1` of the template (row 0 is the sender's own, see templateToBox). */
function storedSigner(def: EmulatorSignTemplate, s: EmulatorTemplateSigner, i: number, where: string): StoredTemplateSigner {
  const email = s.email ?? '';
  const publicId = s.publicId ?? derivedPublicId(`${def.id}:${i + 1}`);
  if (!PUBLIC_ID.test(publicId)) throw new Error(`${where}: public id ${publicId} must be 8 upper-case letters/digits`);
  checkStoredSecrets(s, email, where);
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
    inputs: (s.inputs ?? []).map((input, n) => storedInput(input, `${where}, signer ${i + 1} input ${n + 1}`)),
  };
}

function daysValid(def: EmulatorSignTemplate, where: string): number | null {
  const days = def.daysValid ?? null;
  if (days !== null && !(Number.isInteger(days) && days >= 0 && days <= MAX_DAYS_VALID)) throw new Error(`${where}: days_valid 0…${MAX_DAYS_VALID}`);
  return days;
}

function locks(def: EmulatorSignTemplate): TemplateLocks {
  return {
    fields: def.locks?.fields ?? false,
    options: def.locks?.options ?? false,
    recipients: def.locks?.recipients ?? false,
    emailSettings: def.locks?.emailSettings ?? false,
    files: def.locks?.files ?? false,
  };
}

export function addTemplate(state: EmulatorState, def: EmulatorSignTemplate): StoredTemplate {
  const where = `emulator: sign template ${def.id}`;
  if (!UUID.test(def.id)) throw new Error(`${where}: id must be a lower-case UUID`);
  if (state.templates.some((t) => t.id === def.id)) throw new Error(`${where} already exists`);
  const ownerId = def.ownedByOther ? state.otherUser.id : state.user.id;
  // Checked in order (folder, files, signers, then days_valid below): the first fault is the one thrown.
  const parentFolder = destination(state, def, ownerId, where);
  const sourceFiles = documents(state, def, ownerId, where);
  const signers = def.signers.map((s, i) => storedSigner(def, s, i, where));
  checkUniqueTags(signers.flatMap((s) => s.inputs), where);
  const template: StoredTemplate = {
    id: def.id,
    ownerId,
    name: def.name,
    emailSubject: def.emailSubject ?? null,
    emailMessage: def.emailMessage ?? null,
    daysValid: daysValid(def, where),
    parentFolder,
    sourceFiles,
    locks: locks(def),
    senderPublicId: derivedPublicId(`${def.id}:0`),
    signers,
  };
  state.templates.push(template);
  return template;
}

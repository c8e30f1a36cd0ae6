import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { isRecord } from './is-record.ts';
import { validatePrefillTags } from './sign-prefill.ts';
import type { Invalid } from './invalid.ts';
// Box's limits and value sets, written once for the extension and the emulator.
import {
  MAX_DAYS_VALID, MAX_FILES as MAX_SOURCE_FILES, MAX_SIGNERS, SIGNATURE_COLORS as COLORS, SIGNER_ROLES as ROLES,
} from '../src/shared/sign-request/limits.ts';

// Validation of POST /2.0/sign_requests bodies. Rules and limits come from the OpenAPI
// schema SignRequestCreateRequest / SignRequestCreateSigner unless marked otherwise.

export type { Invalid } from './invalid.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const invalid = (name: string, message: string): Invalid => ({ name, message });

function optionalType(obj: Record<string, unknown>, key: string, type: 'string' | 'boolean', prefix = ''): Invalid | null {
  const v = obj[key];
  if (v === undefined || v === null || typeof v === type) return null;
  return invalid(prefix + key, `Invalid value '${String(v)}'. '${prefix + key}' must be a ${type}`);
}

export function validateSigner(s: unknown, i: number, fromTemplate: boolean): Invalid | null {
  const p = `signers[${i}].`;
  if (!isRecord(s)) return invalid(`signers[${i}]`, 'Each signer must be an object');
  for (const key of ['email', 'verification_phone_number', 'password', 'redirect_url', 'declined_redirect_url',
    'embed_url_external_user_id', 'signer_group_id', 'language']) {
    const bad = optionalType(s, key, 'string', p);
    if (bad) return bad;
  }
  for (const key of ['is_in_person', 'login_required', 'suppress_notifications']) {
    const bad = optionalType(s, key, 'boolean', p);
    if (bad) return bad;
  }
  const email = s['email'];
  // "The email address of the signer is required … except when using templates configured to include emails."
  if ((email === undefined || email === null || email === '') && !fromTemplate) {
    return invalid(`${p}email`, `'${p}email' is required`);
  }
  if (typeof email === 'string' && email !== '' && !EMAIL.test(email)) {
    return invalid(`${p}email`, `Invalid value '${email}'. '${p}email' must be a valid email address`);
  }
  const role = s['role'];
  if (role !== undefined && !(ROLES as readonly unknown[]).includes(role)) {
    return invalid(`${p}role`, `Invalid value '${String(role)}'. '${p}role' must be one of ${ROLES.join(', ')}`);
  }
  const order = s['order'];
  if (order !== undefined && order !== null && !(Number.isInteger(order) && (order as number) >= 0)) {
    return invalid(`${p}order`, `Invalid value '${String(order)}'. '${p}order' must be an integer >= 0`);
  }
  return validateVerification(s, p);
}

function validateVerification(s: Record<string, unknown>, p: string): Invalid | null {
  const phone = s['verification_phone_number'];
  const hasPhone = typeof phone === 'string' && phone !== '';
  // verification_phone_number: "Cannot be selected in combination with `login_required`."
  if (hasPhone && s['login_required'] === true) {
    return invalid(`${p}verification_phone_number`,
      `'${p}verification_phone_number' cannot be used together with '${p}login_required'`);
  }
  // No pattern in the spec; Box needs a number it can text. E.164 is what the docs use ("+15551232190"),
  // and a number must be a real, assignable one (libphonenumber metadata), not merely well-formed.
  if (hasPhone && !isValidPhoneNumber(phone)) {
    return invalid(`${p}verification_phone_number`,
      `Invalid value '${phone}'. '${p}verification_phone_number' must be a valid phone number`);
  }
  if (typeof s['password'] === 'string' && s['password'] === '') {
    return invalid(`${p}password`, `'${p}password' must not be empty`);
  }
  return null;
}

/** Request-level rules that need no stored state. */
export function validateCreateBody(body: Record<string, unknown>): Invalid | null {
  const signers = body['signers'];
  // SignRequestCreateRequest.required: ["signers"]
  if (!Array.isArray(signers) || signers.length === 0) return invalid('signers', "'signers' is required");
  if (signers.length > MAX_SIGNERS) {
    return invalid('signers', `A maximum of ${MAX_SIGNERS} signers is permitted, got ${signers.length}`);
  }
  const templateId = body['template_id'];
  const fromTemplate = typeof templateId === 'string' && templateId !== '';
  const files = body['source_files'];
  if (files !== undefined && files !== null && !Array.isArray(files)) {
    return invalid('source_files', "'source_files' must be an array");
  }
  if (Array.isArray(files) && files.length > MAX_SOURCE_FILES) {
    return invalid('source_files', `A maximum of ${MAX_SOURCE_FILES} source files is permitted, got ${files.length}`);
  }
  if (!fromTemplate && (!Array.isArray(files) || files.length === 0)) {
    return invalid('source_files', "'source_files' is required when no 'template_id' is given");
  }
  for (const [i, f] of (Array.isArray(files) ? files : []).entries()) {
    // File--Base.required: ["id", "type"], type enum ["file"]
    if (!isRecord(f) || typeof f['id'] !== 'string' || f['id'] === '' || f['type'] !== 'file') {
      return invalid(`source_files[${i}]`, `'source_files[${i}]' must be {"type":"file","id":"<file id>"}`);
    }
  }
  for (const [i, s] of signers.entries()) {
    const bad = validateSigner(s, i, fromTemplate);
    if (bad) return bad;
  }
  return validateOptions(body);
}

function validateOptions(body: Record<string, unknown>): Invalid | null {
  const days = body['days_valid'];
  // days_valid: integer, minimum 0, maximum 730, nullable
  if (days !== undefined && days !== null && !(Number.isInteger(days) && (days as number) >= 0 && (days as number) <= MAX_DAYS_VALID)) {
    return invalid('days_valid', `Invalid value '${String(days)}'. 'days_valid' must be an integer between 0 and ${MAX_DAYS_VALID}`);
  }
  const color = body['signature_color'];
  if (color !== undefined && color !== null && !(COLORS as readonly unknown[]).includes(color)) {
    return invalid('signature_color', `Invalid value '${String(color)}'. 'signature_color' must be one of ${COLORS.join(', ')}`);
  }
  const parent = body['parent_folder'];
  if (parent !== undefined) {
    // "The root folder, folder ID `0`, cannot be used and can also not be null."
    if (!isRecord(parent) || typeof parent['id'] !== 'string' || parent['type'] !== 'folder') {
      return invalid('parent_folder', `'parent_folder' must be {"type":"folder","id":"<folder id>"}`);
    }
    if (parent['id'] === '0') return invalid('parent_folder', "The root folder (id '0') cannot be used as 'parent_folder'");
  }
  for (const key of ['is_document_preparation_needed', 'are_text_signatures_enabled', 'are_reminders_enabled',
    'is_phone_verification_required_to_view']) {
    const bad = optionalType(body, key, 'boolean');
    if (bad) return bad;
  }
  for (const key of ['name', 'email_subject', 'email_message', 'external_id', 'redirect_url', 'declined_redirect_url',
    'external_system_name', 'template_id']) {
    const bad = optionalType(body, key, 'string');
    if (bad) return bad;
  }
  return validatePrefillTags(body);
}

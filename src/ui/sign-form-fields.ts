// The sending form's shapes, field keys and limits: what the popup's components need as they first
// render. The validator itself (sign-form.ts, with the policy and template rules and zod's English
// messages) is loaded after the first render, like the phone checks, so it is not in the popup's
// first scripts (issue 13).
import type { SendSignRequest, SignRequestOptions, SignTemplate } from '../shared/messages';
import type { SignatureColor, SignerRole, SignMethod } from '../shared/sign-request/limits';
import type { PolicyFile } from '../shared/policy';
import type { PolicyRules } from '../shared/settings';

export { loadPhone, phoneLoaded } from './phone/phone-loader';
export { regionName } from './phone/region';
// The limits the popup's form components show, from the one place they are defined.
export { MAX_FILES, MAX_SIGNERS, SIGN_METHODS, type SignMethod } from '../shared/sign-request/limits';

/** One signer as typed. `id` keeps rows (and their in-memory passwords) apart; it never reaches Box. */
export type SignerDraft = {
  id: string;
  email: string;
  role: SignerRole;
  /** Used only while `options.ordered` is on. */
  order: string;
  method: SignMethod;
  phone: string;
  /** A password on top of SMS or Box login. */
  addPassword: boolean;
};

export type OptionsDraft = {
  ordered: boolean;
  prepare: boolean;
  /** A Box folder ID or a folder's Box address; empty: Box's (or the template's) folder. */
  folder: string;
  emailSubject: string;
  emailMessage: string;
  daysValid: string;
  reminders: boolean;
  signatureColor: SignatureColor | '';
  name: string;
  requirePhoneToView: boolean;
};

/** What the popup keeps between openings. Passwords are deliberately not part of it. */
export type SignFormDraft = {
  signers: SignerDraft[];
  templateId: string | null;
  /** With a template whose files are not fixed: send the chosen files instead of the template's documents. */
  templateFiles: boolean;
  options: OptionsDraft;
};

/** Signer passwords by signer `id`: in memory only. */
export type Passwords = Readonly<Record<string, string>>;

/** Errors by the request path they concern, joined with dots: `fileIds`, `signers.1.email`, `options.daysValid`… */
export type SignFormErrors = Record<string, string>;
export type SignFormResult = { ok: true; request: SendSignRequest } | { ok: false; errors: SignFormErrors };
export type SignFormContext = {
  /** The chosen files, in displayed order. */
  fileIds: string[];
  defaultCountry: string;
  /** The chosen template, once loaded; null without one. */
  template: SignTemplate | null;
  /** The organisation's rules and the chosen files' labels; the background checks them again (and a template's documents). */
  policy?: { rules: PolicyRules; files: readonly PolicyFile[] } | undefined;
};

export const FIELD = {
  files: 'fileIds',
  template: 'templateId',
  signers: 'signers',
  email: (i: number) => `signers.${i}.email`,
  role: (i: number) => `signers.${i}.role`,
  order: (i: number) => `signers.${i}.order`,
  phone: (i: number) => `signers.${i}.verification`,
  method: (i: number) => `signers.${i}.method`,
  password: (i: number) => `signers.${i}.password`,
  option: (name: keyof SignRequestOptions) => `options.${name}`,
} as const;

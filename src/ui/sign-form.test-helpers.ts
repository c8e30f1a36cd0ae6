// Drafts of the sending form for the sign-form tests. Only *.test.ts files import this.
import type { SignTemplate } from '../shared/messages';
import type { OptionsDraft, SignerDraft, SignFormDraft } from './sign-form';

export const FILE = '123456789';

/** An SMS signer with a valid US number, unless overridden. */
export const signer = (over: Partial<SignerDraft> = {}): SignerDraft => ({
  id: 's1',
  email: 'signer@example.com',
  role: 'signer',
  order: '',
  method: 'sms',
  phone: '(415) 555-2671',
  addPassword: false,
  ...over,
});

/** Nothing chosen but "the SMS code before viewing" (the settings' default). */
export const options = (over: Partial<OptionsDraft> = {}): OptionsDraft => ({
  ordered: false,
  prepare: false,
  folder: '',
  emailSubject: '',
  emailMessage: '',
  daysValid: '',
  reminders: false,
  signatureColor: '',
  name: '',
  requirePhoneToView: true,
  ...over,
});

export const form = (signers: SignerDraft[] = [signer()], over: Partial<SignFormDraft> = {}): SignFormDraft => ({
  signers,
  templateId: null,
  templateFiles: false,
  options: options(),
  ...over,
});

/** A template with one placeholder signer who needs an SMS code, nothing locked. */
export const template = (over: Partial<SignTemplate> = {}): SignTemplate => ({
  id: 'tpl-1',
  name: 'Mutual NDA',
  signers: [{ email: null, label: 'Client', role: 'signer', order: 1, phoneRequired: true, passwordRequired: false, loginRequired: false }],
  fileNames: ['Mutual NDA.pdf'],
  locks: { recipients: false, options: false, emailSettings: false, files: false },
  nonEditable: [],
  emailSubject: null,
  emailMessage: null,
  daysValid: null,
  ...over,
});

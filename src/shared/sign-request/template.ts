// What a Box Sign template lets a request change, and whether a request fits its template. The
// popup uses it to lock fields and to put messages beside them; the background reads the template
// again from Box and refuses a request that does not fit before posting anything.
import type { SendSignRequest, SignTemplate } from '../messages';
import { t } from '../i18n';
import type { Issue } from './rules';

/** Which parts of a request the template fixes. A fixed part is not sent at all: Box refuses it even unchanged. */
export type TemplateLocks = {
  /** Recipients: no signer added or removed, preset emails, roles and order as the template has them. */
  signers: boolean;
  /** The template's documents are used; the request may not give files. */
  files: boolean;
  emailSubject: boolean;
  emailMessage: boolean;
  name: boolean;
  daysValid: boolean;
  /** Document options beyond name and expiry: signature colour and reminders [ours: the conservative reading]. */
  options: boolean;
};

export function templateLocks(template: SignTemplate): TemplateLocks {
  const fixed = new Set(template.nonEditable);
  const { locks } = template;
  return {
    signers: locks.recipients || fixed.has('signers'),
    files: locks.files || fixed.has('source_files'),
    emailSubject: locks.emailSettings || fixed.has('email_subject'),
    emailMessage: locks.emailSettings || fixed.has('email_message'),
    name: locks.options || fixed.has('name'),
    daysValid: locks.options || fixed.has('days_valid'),
    options: locks.options,
  };
}

const TEMPLATE_MESSAGES = {
  fixedFiles: t('tplFixedFiles'),
  fixedSigners: (n: number) => (n === 1 ? t('tplFixedSignersOne', n) : t('tplFixedSignersMany', n)),
  tooFewSigners: (n: number) => (n === 1 ? t('tplTooFewOne', n) : t('tplTooFewMany', n)),
  presetEmail: (email: string) => t('tplPresetEmail', email),
  fixedRole: t('tplFixedRole'),
  fixedOrder: t('tplFixedOrder'),
  phoneRequired: t('tplPhoneRequired'),
  passwordRequired: t('tplPasswordRequired'),
  loginConflict: t('tplLoginConflict'),
  fixed: t('tplFixed'),
} as const;

/** Every way `request` does not fit `template`, with the request's paths. Empty: it fits. */
export function templateIssues(request: SendSignRequest, template: SignTemplate): Issue[] {
  const issues: Issue[] = [];
  const add = (path: Issue['path'], message: string) => issues.push({ path, message });
  const locks = templateLocks(template);
  const { signers, options } = request;
  const rows = template.signers;

  if (locks.files && request.fileIds.length > 0) add(['fileIds'], TEMPLATE_MESSAGES.fixedFiles);
  if (locks.signers && signers.length !== rows.length) add(['signers'], TEMPLATE_MESSAGES.fixedSigners(rows.length));
  else if (signers.length < rows.length) add(['signers'], TEMPLATE_MESSAGES.tooFewSigners(rows.length));

  rows.forEach((row, index) => {
    const signer = signers[index];
    if (!signer) return;
    const at = (field: string) => ['signers', index, field];
    if (locks.signers) {
      if (row.email !== null && row.email.toLowerCase() !== signer.email.toLowerCase()) add(at('email'), TEMPLATE_MESSAGES.presetEmail(row.email));
      if (row.role !== signer.role) add(at('role'), TEMPLATE_MESSAGES.fixedRole);
      if (signer.order !== null && row.order !== null && signer.order !== row.order) add(at('order'), TEMPLATE_MESSAGES.fixedOrder);
    }
    // Placeholders need what the template asks for; preset signers use what the template stores.
    if (row.email === null && row.phoneRequired && signer.verification.kind !== 'sms') add(at('verification'), TEMPLATE_MESSAGES.phoneRequired);
    if (row.email === null && row.passwordRequired && signer.password === null) add(at('password'), TEMPLATE_MESSAGES.passwordRequired);
    if (row.loginRequired && signer.verification.kind === 'sms') add(at('verification'), TEMPLATE_MESSAGES.loginConflict);
  });

  const fixedOption = (field: keyof typeof options, locked: boolean, isSet: boolean) => locked && isSet && add(['options', field], TEMPLATE_MESSAGES.fixed);
  fixedOption('emailSubject', locks.emailSubject, options.emailSubject !== null);
  fixedOption('emailMessage', locks.emailMessage, options.emailMessage !== null);
  fixedOption('name', locks.name, options.name !== null);
  fixedOption('daysValid', locks.daysValid, options.daysValid !== null);
  fixedOption('signatureColor', locks.options, options.signatureColor !== null);
  fixedOption('remindersEnabled', locks.options, options.remindersEnabled);
  return issues;
}

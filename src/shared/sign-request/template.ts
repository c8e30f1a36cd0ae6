// What a Box Sign template lets a request change, and whether a request fits its template. The
// popup uses it to lock fields and to put messages beside them; the background reads the template
// again from Box and refuses a request that does not fit before posting anything.
import type { SendSignRequest, SignTemplate } from '../messages';
import { t } from '../i18n';
import type { Issue } from './rules';
import { templateLocks } from './template-locks';

export { templateLocks, type TemplateLocks } from './template-locks';

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

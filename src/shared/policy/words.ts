// The rule engine's refusals in plain words: which rule, and the signer, file or folder concerned.
import { t } from '../i18n';
import type { SignMethod } from '../sign-request/limits';
import type { Constraint } from './requirements';

const METHOD_NAMES = { sms: 'methodSms', password: 'methodPassword', login: 'methodLogin', none: 'methodNone' } as const;

export function methodName(method: SignMethod): string {
  return t(METHOD_NAMES[method]);
}

/** "SMS code, Password"; words saying so when the list is empty. */
export function methodList(methods: readonly SignMethod[]): string {
  return methods.length === 0 ? t('policyNoMethodLeft') : methods.map(methodName).join(', ');
}

function fileList(files: readonly { name: string }[]): string {
  return files.map((file) => `“${file.name}”`).join(', ');
}

function folderList(ids: readonly string[]): string {
  return ids.join(', ');
}

type Signer = { email: string; method: SignMethod };

export const refusalWords = {
  noMethod: () => t('policyNoMethod'),
  method(signer: Signer, { because, methods = [] }: Constraint): string {
    const allowed = methodList(methods);
    if (because.kind === 'externalMethods') return t('policyExternalMethod', signer.email, allowed, methodName(signer.method));
    if (because.kind === 'classificationRules') return t('policyLabelMethod', signer.email, allowed, because.label, fileList(because.files));
    return t('policyMethodNotAllowed', signer.email, methodName(signer.method), allowed);
  },
  password(signer: Signer, { because }: Constraint): string {
    if (because.kind === 'classificationRules') return t('policyLabelPassword', signer.email, because.label, fileList(because.files));
    return t('policyPasswordRequired', signer.email);
  },
  noFolder: () => t('policyNoFolder'),
  folderRequired: (allowed: readonly string[]) => t('policyFolderRequired', folderList(allowed)),
  folderNotAllowed: (id: string, allowed: readonly string[]) => t('policyFolderNotAllowed', id, folderList(allowed)),
};

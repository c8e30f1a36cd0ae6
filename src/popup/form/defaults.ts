// The form's starting values, from the settings. Reads the settings loosely: fields the options
// page adds are used when present, and a missing or unexpected one falls back to Box's default.
import type { SignTemplate } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import { SIGN_METHODS, type OptionsDraft, type SignerDraft, type SignFormDraft, type SignMethod } from '../../ui/sign-form-fields';

export function newSignerId(): string {
  return `s${Math.random().toString(36).slice(2, 10)}`;
}

function field<T>(settings: Settings, key: string, ok: (value: unknown) => value is T): T | undefined {
  const value = (settings as Record<string, unknown>)[key];
  return ok(value) ? value : undefined;
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isMethod = (v: unknown): v is SignMethod => (SIGN_METHODS as readonly unknown[]).includes(v);

function defaultMethod(settings: Settings): SignMethod {
  return field(settings, 'defaultMethod', isMethod) ?? 'sms';
}

export function newSigner(settings: Settings, over: Partial<SignerDraft> = {}): SignerDraft {
  return { id: newSignerId(), email: '', role: 'signer', order: '', method: defaultMethod(settings), phone: '', addPassword: false, ...over };
}

function defaultOptions(settings: Settings): OptionsDraft {
  const days = field(settings, 'daysValid', isNumber);
  return {
    ordered: false,
    prepare: false,
    folder: field(settings, 'defaultParentFolderId', isString) ?? '',
    emailSubject: field(settings, 'emailSubject', isString) ?? '',
    emailMessage: field(settings, 'emailMessage', isString) ?? '',
    daysValid: days === undefined ? '' : String(days),
    reminders: field(settings, 'remindersEnabled', isBoolean) ?? false,
    signatureColor: '',
    name: '',
    requirePhoneToView: field(settings, 'requirePhoneToView', isBoolean) ?? true,
  };
}

export function defaultDraft(settings: Settings): SignFormDraft {
  return { signers: [newSigner(settings)], templateId: null, templateFiles: false, options: defaultOptions(settings) };
}

/**
 * The form for a template: one row per template recipient (what the user already typed in a row
 * is kept for a placeholder), the method the template asks for, and the template's own email
 * settings, expiry and folder (the fields are emptied, so the template's apply).
 */
export function withTemplate(draft: SignFormDraft, template: SignTemplate, settings: Settings): SignFormDraft {
  const signers = template.signers.map((row, index): SignerDraft => {
    const typed = row.email === null ? draft.signers[index] : undefined;
    const base = newSigner(settings);
    // A recipient the template defines uses the template's own SMS number or password.
    const method = row.email !== null ? 'none' : row.phoneRequired ? 'sms' : row.passwordRequired ? 'password' : (typed?.method ?? base.method);
    return {
      id: typed?.id ?? newSignerId(),
      email: row.email ?? typed?.email ?? '',
      role: row.role,
      order: '',
      method,
      phone: typed?.phone ?? '',
      addPassword: row.email === null && row.phoneRequired && row.passwordRequired,
    };
  });
  return {
    signers: signers.length > 0 ? signers : draft.signers,
    templateId: template.id,
    templateFiles: false,
    options: { ...draft.options, ordered: false, prepare: false, folder: '', emailSubject: '', emailMessage: '', daysValid: '', name: '' },
  };
}

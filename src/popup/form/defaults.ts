// The form's starting values, from the settings. Reads the settings loosely: fields the options
// page adds are used when present, and a missing or unexpected one falls back to Box's default.
import type { Settings } from '../../shared/settings';
import { SIGN_METHODS, type OptionsDraft, type SignerDraft, type SignFormDraft, type SignMethod } from '../../ui/sign-form';

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

export function defaultMethod(settings: Settings): SignMethod {
  return field(settings, 'defaultMethod', isMethod) ?? 'sms';
}

export function newSigner(settings: Settings, over: Partial<SignerDraft> = {}): SignerDraft {
  return { id: newSignerId(), email: '', role: 'signer', order: '', method: defaultMethod(settings), phone: '', addPassword: false, ...over };
}

export function defaultOptions(settings: Settings): OptionsDraft {
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

// The signer identity guard, for one signer row: what to say beside its email, its phone and its
// password. Pure and cheap (it runs on every keystroke): the popup's rows and the Bulk send page's
// rows call `signerRowNotes` once per row with what they know. Words come from the catalogue.
import { messagesLanguage, t } from '../shared/i18n';
import type { Confusables } from '../shared/guard/confusables';
import { domainNotes, emailDomain } from '../shared/guard/lookalike';
import { cannotReceiveSms } from '../shared/guard/phone-type';
import { passwordIssues, type PasswordIssue } from '../shared/guard/passwords';
import type { PhoneMemory } from '../shared/messages';
import { EmailSchema } from '../shared/schemas/sign-request';
import { passwordStrength, type Strength } from './password/strength';

/**
 * Whether `email` is an address the protocol accepts: only then is a row's number compared with the one
 * last used for it. Here rather than in the popup's first scripts, which would otherwise carry the
 * sign request's schemas (the module EmailSchema lives in) before the form shows.
 */
export const isEmail = (email: string): boolean => EmailSchema.safeParse(email).success;

export type GuardContext = {
  /** The organisation's domains, the domains sent to before, the recent signers' domains. */
  trusted: readonly string[];
  /** The look-alike table the page loaded (ui/form-checks-loader.ts, the Bulk send page's setup). */
  confusables: Confusables;
  /** Passwords shorter than this get a warning (the organisation's minimum, else 8). */
  minPassword: number;
};

export type SignerRowInput = {
  email: string;
  /** The phone number in E.164 when the signer gets an SMS code and it reads as valid; else null. */
  e164: string | null;
  /** libphonenumber's type of `e164` (undefined while unknown). */
  phoneType: string | undefined;
  /** What the background remembers of this email's last phone (null: not asked yet). */
  memory: PhoneMemory | null;
  /** The password, when one is asked; null otherwise. */
  password: string | null;
};

export type SignerRowNotes = {
  email: string[];
  /** The number looks like a landline or service number: SMS needs a confirmation. */
  landline: string | null;
  /** The number differs from the one last used with this email: needs a confirmation. */
  changed: string | null;
  password: { issues: string[]; strength: Strength } | null;
};

const ISSUE_WORDS: Record<PasswordIssue, (min: number) => string> = {
  short: (min) => t('guardPasswordShort', min),
  email: () => t('guardPasswordEmail'),
  name: () => t('guardPasswordName'),
  reused: () => t('guardPasswordReused'),
};

/** "3 Nov" in English, the short day and month in the messages' language otherwise. */
export function shortDate(at: number): string {
  const language = messagesLanguage();
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { day: 'numeric', month: 'short' }).format(at);
}

/** The notes for one row; `otherPasswords` are the other rows' passwords of the same request. */
export function signerRowNotes(row: SignerRowInput, otherPasswords: readonly string[], ctx: GuardContext): SignerRowNotes {
  const email = domainNotes(row.email, ctx.trusted, ctx.confusables).map((note) =>
    note.kind === 'lookalike' ? t('guardLookalike', note.domain, note.like) : note.mixed ? t('guardMixedDomain', note.domain) : t('guardForeignDomain', note.domain),
  );
  const landline = row.e164 !== null && cannotReceiveSms(row.phoneType) ? t('guardLandline') : null;
  const memory = row.memory;
  const changed =
    row.e164 !== null && memory?.status === 'changed' && memory.last2 !== null && memory.at !== null
      ? t('guardPhoneChanged', row.email.trim(), memory.last2, shortDate(memory.at))
      : null;
  const password =
    row.password === null || row.password === ''
      ? null
      : {
          issues: passwordIssues({ email: row.email, password: row.password }, otherPasswords, ctx.minPassword).map((issue) => ISSUE_WORDS[issue](ctx.minPassword)),
          strength: passwordStrength(row.password),
        };
  return { email, landline, changed, password };
}

/** The domains of addresses, for `GuardContext.trusted` (recent signers, say). */
export function domainsOf(emails: readonly string[]): string[] {
  return emails.map(emailDomain).filter((domain): domain is string => domain !== null);
}

// The one rule for each kind of text a person types that reaches Box or an email: how long, and which
// characters it may not hold. The protocol schemas, the settings (and so the enterprise policy) and the
// popup's form all check with `textIssue`, so what one accepts the others accept, with the same words.
// Pure (i18n and limits import nothing at run time), like rules.ts.
import { t } from '../i18n';
import { MAX_CANCEL_REASON, MAX_EMAIL_ADDRESS, MAX_EMAIL_MESSAGE, MAX_EMAIL_SUBJECT, MAX_REQUEST_NAME } from './limits';

/** Line breaks and every other control character: none in a one-line text. */
const ANY_CONTROL = /\p{Cc}/u;
/** Text that may run over lines: line breaks and tabs, no other control character. */
const CONTROL_EXCEPT_LINES = /[^\P{Cc}\n\r\t]/u;

export type TextRule = { max: number; forbidden: RegExp; tooLong: string; badChars: string };

export const TEXT_RULES = {
  /** A signer's address, and a template placeholder's, which is one. Its form is checked by the email schema. */
  email: { max: MAX_EMAIL_ADDRESS, forbidden: ANY_CONTROL, tooLong: t('emailTooLong', MAX_EMAIL_ADDRESS), badChars: t('emailInvalid') },
  emailSubject: { max: MAX_EMAIL_SUBJECT, forbidden: ANY_CONTROL, tooLong: t('keepSubject', MAX_EMAIL_SUBJECT), badChars: t('subjectOneLine') },
  emailMessage: { max: MAX_EMAIL_MESSAGE, forbidden: CONTROL_EXCEPT_LINES, tooLong: t('keepMessage', MAX_EMAIL_MESSAGE), badChars: t('messageChars') },
  name: { max: MAX_REQUEST_NAME, forbidden: ANY_CONTROL, tooLong: t('keepName', MAX_REQUEST_NAME), badChars: t('nameOneLine') },
  cancelReason: { max: MAX_CANCEL_REASON, forbidden: CONTROL_EXCEPT_LINES, tooLong: t('keepReason', MAX_CANCEL_REASON), badChars: t('reasonChars') },
} as const satisfies Record<string, TextRule>;

/** What is wrong with `text` (already trimmed) under `rule`, in plain words; null when nothing is. */
export function textIssue(rule: TextRule, text: string): string | null {
  if (text.length > rule.max) return rule.tooLong;
  if (rule.forbidden.test(text)) return rule.badChars;
  return null;
}

// Which parts of a request a Box Sign template fixes: what the popup's form locks as it first renders.
// Apart from template.ts (the messages for a request that does not fit, which the popup needs only
// once Send is pressed) so the popup's first scripts carry only this (issue 13).
import type { SignTemplate } from '../messages';

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

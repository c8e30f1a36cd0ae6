// The form validates in one pass and no longer runs the protocol schema over its result: these check
// that what it accepts, the background (the protocol schema) accepts too, over many kinds of draft.
import { describe, expect, it, vi } from 'vitest';
import { backgroundProtocol } from '../shared/messages';
import { validateSignForm, type OptionsDraft, type SignerDraft } from './sign-form';
import { FILE, form, options, signer, template } from './sign-form.test-helpers';

const protocol = backgroundProtocol.sendSignRequest.request;
/** A placeholder the form may fill with any method. */
const tpl = template({ signers: [{ ...template().signers[0]!, phoneRequired: false }] });

const signerVariants: Partial<SignerDraft>[] = [
  {},
  { method: 'password' },
  { method: 'login', addPassword: true },
  { method: 'none' },
  { role: 'approver', method: 'sms', addPassword: true },
  { role: 'final_copy_reader' },
  { email: ' Ann.Lee@Example.co.uk ' },
  { email: 'not an email' },
  { phone: '+1 555 123 2190' },
  { order: '1' },
  { order: '0' },
];
const optionVariants: Partial<OptionsDraft>[] = [
  {},
  { ordered: true },
  { folder: '0' },
  { folder: '000123' },
  { folder: 'https://app.box.com/folder/987654321' },
  { daysValid: '0' },
  { daysValid: '730' },
  { daysValid: '731' },
  { emailSubject: ' x ', emailMessage: 'Hello,\nplease sign.', name: 'x'.repeat(255) },
  { emailSubject: 'x'.repeat(256) },
  { signatureColor: 'red', reminders: true, prepare: true, requirePhoneToView: false },
];
const passwords: Record<string, string>[] = [{}, { s1: 'pw' }, { s1: 'x'.repeat(257) }];

describe('the form accepts only what the protocol accepts', () => {
  it('over signer, option, password and template combinations', () => {
    let accepted = 0;
    for (const s of signerVariants) {
      for (const o of optionVariants) {
        for (const pw of passwords) {
          for (const withTemplate of [false, true]) {
            const draft = form([signer(s)], { templateId: withTemplate ? tpl.id : null, options: options(o) });
            const result = validateSignForm(draft, pw, { fileIds: [FILE], defaultCountry: 'US', template: withTemplate ? tpl : null });
            if (!result.ok) continue;
            accepted += 1;
            const checked = protocol.safeParse(result.request);
            expect(checked.success, JSON.stringify({ s, o, pw, withTemplate })).toBe(true);
            expect(checked.data).toEqual(result.request);
          }
        }
      }
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('in one pass: the protocol schema is left to the background, which checks the request on receipt', () => {
    const parse = vi.spyOn(protocol, 'safeParse');
    try {
      expect(validateSignForm(form(), {}, { fileIds: [FILE], defaultCountry: 'US', template: null }).ok).toBe(true);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('refuses, beside the template choice, a template ID the protocol would refuse', () => {
    const result = validateSignForm(form([signer()], { templateId: '../sign_requests' }), {}, { fileIds: [FILE], defaultCountry: 'US', template: { ...tpl, id: '../sign_requests' } });
    expect(result).toEqual({ ok: false, errors: { templateId: 'not a Box Sign template ID' } });
  });

  it('refuses a file ID the protocol would refuse, beside that file', () => {
    const result = validateSignForm(form(), {}, { fileIds: [FILE, '0123'], defaultCountry: 'US', template: null });
    expect(result).toEqual({ ok: false, errors: { 'fileIds.1': 'not a Box file ID' } });
  });
});

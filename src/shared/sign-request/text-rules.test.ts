// One rule per kind of typed text, checked the same way at every boundary that carries it: the
// protocol (what the background accepts), the settings and the enterprise policy, and the popup's form.
import { describe, expect, it } from 'vitest';
import { validateSignForm } from '../../ui/sign-form';
import { FILE, form, options, signer } from '../../ui/sign-form.test-helpers';
import { backgroundProtocol, NO_REQUEST_OPTIONS } from '../messages';
import { readManagedPolicy } from '../settings/policy';
import { SettingsFields } from '../settings/schema';
import { TEXT_RULES, textIssue } from './text-rules';

const local = 'a'.repeat(64);
/** A syntactically fine address of exactly `length` characters. */
const emailOf = (length: number) => `${local}@${'b'.repeat(length - local.length - 5)}.com`;

const request = (over: Partial<typeof NO_REQUEST_OPTIONS> = {}, email = 'ann@example.com') => ({
  fileIds: [FILE],
  templateId: null,
  signers: [{ email, role: 'signer', order: null, verification: { kind: 'none' }, password: null }],
  options: { ...NO_REQUEST_OPTIONS, ...over },
});
const protocolIssue = (value: unknown) => {
  const parsed = backgroundProtocol.sendSignRequest.request.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]!.message;
};
const formIssue = (over: Parameters<typeof options>[0], email = 'ann@example.com') => {
  const result = validateSignForm(form([signer({ email, method: 'none' })], { options: options(over) }), {}, { fileIds: [FILE], defaultCountry: 'US', template: null });
  return result.ok ? null : Object.values(result.errors)[0];
};

const cases = [
  { what: 'a subject on two lines', field: 'emailSubject', value: 'Please\nsign', message: TEXT_RULES.emailSubject.badChars },
  { what: 'a subject with a tab', field: 'emailSubject', value: 'Please\tsign', message: TEXT_RULES.emailSubject.badChars },
  { what: 'a subject over 255', field: 'emailSubject', value: 'x'.repeat(256), message: TEXT_RULES.emailSubject.tooLong },
  { what: 'a message with a bell', field: 'emailMessage', value: 'Hello\u0007', message: TEXT_RULES.emailMessage.badChars },
  { what: 'a message with an escape', field: 'emailMessage', value: 'Hi \u001b[31m', message: TEXT_RULES.emailMessage.badChars },
  { what: 'a request name with a line break', field: 'name', value: 'NDA\r\nACME', message: TEXT_RULES.name.badChars },
  { what: 'a request name with a NUL', field: 'name', value: 'NDA\u0000', message: TEXT_RULES.name.badChars },
] as const;

describe('text rules', () => {
  it.each(cases)('refuse $what in the protocol and the form, with the same words', ({ field, value, message }) => {
    expect(protocolIssue(request({ [field]: value }))).toBe(message);
    const draftField = field === 'name' ? 'name' : field;
    expect(formIssue({ [draftField]: value })).toBe(message);
  });

  it('accept a message over several lines, and the longest subject and name', () => {
    const fine = { emailSubject: 'x'.repeat(255), emailMessage: 'Hello,\r\n\tplease sign.', name: 'é'.repeat(255) };
    expect(protocolIssue(request(fine))).toBeNull();
    expect(formIssue(fine)).toBeNull();
  });

  it('take an email address of 254 characters, not 255', () => {
    expect(emailOf(254)).toHaveLength(254);
    expect(protocolIssue(request({}, emailOf(254)))).toBeNull();
    expect(formIssue({}, emailOf(254))).toBeNull();
    expect(protocolIssue(request({}, emailOf(255)))).toBe(TEXT_RULES.email.tooLong);
    expect(formIssue({}, emailOf(255))).toBe(TEXT_RULES.email.tooLong);
  });

  it('apply to the settings and the enterprise policy', () => {
    expect(SettingsFields.emailSubject.safeParse('Two\nlines').error?.issues[0]?.message).toBe(TEXT_RULES.emailSubject.badChars);
    expect(SettingsFields.emailMessage.safeParse('Hi\u0007').error?.issues[0]?.message).toBe(TEXT_RULES.emailMessage.badChars);
    expect(SettingsFields.emailMessage.safeParse('Hi,\nsign').success).toBe(true);
    const policy = readManagedPolicy({ emailSubject: 'Sign\u2028ok\nnot', emailMessage: 'Fine,\nthanks', defaultMethod: 'sms' });
    expect(policy.ignored).toEqual(['emailSubject']);
    expect(policy.settings.emailMessage).toBe('Fine,\nthanks');
  });

  it('apply to a cancellation reason', () => {
    const cancel = backgroundProtocol.cancelSignRequest.request;
    expect(cancel.safeParse({ id: 'abc-123', reason: 'Wrong file,\nsorry' }).success).toBe(true);
    expect(cancel.safeParse({ id: 'abc-123', reason: 'x\u0000' }).error?.issues[0]?.message).toBe(TEXT_RULES.cancelReason.badChars);
    expect(textIssue(TEXT_RULES.cancelReason, 'x'.repeat(1001))).toBe(TEXT_RULES.cancelReason.tooLong);
  });
});

describe('IDs in the protocol', () => {
  it('take only Box IDs, in getSignRequest too', () => {
    for (const id of ['../../users/me', 'a b', '', 'x'.repeat(101)]) {
      expect(backgroundProtocol.getSignRequest.request.safeParse({ id }).success, id).toBe(false);
    }
    expect(backgroundProtocol.getSignRequest.request.safeParse({ id: '3f6c8b1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b' }).success).toBe(true);
  });

  it('in what the background answers about sign requests and tracked ones', () => {
    const summary = { id: '../x', status: 'sent', prepareUrl: null, openUrl: null, signerEmails: [] };
    expect(backgroundProtocol.getSignRequest.response.safeParse(summary).success).toBe(false);
    expect(backgroundProtocol.getSignRequest.response.safeParse({ ...summary, id: 'abc-1' }).success).toBe(true);
  });
});

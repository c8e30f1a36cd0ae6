// The cross-field rules as the background sees them: through the protocol schema.
import { describe, expect, it } from 'vitest';
import { backgroundProtocol, NO_REQUEST_OPTIONS, type SendSignRequest } from '../messages';
import { requestIssues } from './rules';

const schema = backgroundProtocol.sendSignRequest.request;
const signer = (over: Partial<SendSignRequest['signers'][number]> = {}): SendSignRequest['signers'][number] => ({
  email: 'a@example.com',
  role: 'signer',
  order: null,
  verification: { kind: 'sms', phone: '+14155552671' },
  password: null,
  ...over,
});
const request = (over: Partial<SendSignRequest> = {}, options: Partial<SendSignRequest['options']> = {}): SendSignRequest => ({
  fileIds: ['1000000001'],
  templateId: null,
  signers: [signer()],
  options: { ...NO_REQUEST_OPTIONS, ...options },
  ...over,
});
/** The paths and messages the schema refuses `value` with. */
function refusal(value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('sendSignRequest protocol rules (the background re-checks everything)', () => {
  it('accepts a plain request, and a template one without files', () => {
    expect(refusal(request())).toEqual([]);
    expect(refusal(request({ fileIds: [], templateId: 'f2ec720d-47a6-4052-8210-9bfa8d6c349c' }))).toEqual([]);
  });

  it('files XOR template: at least one source, at most 10 files, each once', () => {
    expect(refusal(request({ fileIds: [] }))).toEqual(['fileIds: Choose at least one file, or a Box Sign template.']);
    const files = (n: number) => Array.from({ length: n }, (_, i) => String(1000 + i));
    expect(refusal(request({ fileIds: files(10) }))).toEqual([]);
    expect(refusal(request({ fileIds: files(11) }))).toEqual([expect.stringMatching(/^fileIds: /)]);
    expect(refusal(request({ fileIds: ['1000000001', '1000000001'] }))).toEqual(['fileIds: A file is listed twice.']);
  });

  it('1..35 signers', () => {
    expect(refusal(request({ signers: [] }))).toContain('signers: Add at least one signer.');
    // One reason for an empty list, not also "nobody signs" (every one of no signers is a reader).
    expect(requestIssues(request({ signers: [] }))).toEqual([{ path: ['signers'], message: 'Add at least one signer.' }]);
    const many = (n: number) => Array.from({ length: n }, (_, i) => signer({ email: `s${i}@example.com` }));
    expect(refusal(request({ signers: many(35) }))).toEqual([]);
    expect(refusal(request({ signers: many(36) }))).toEqual([expect.stringMatching(/^signers: /)]);
  });

  it('login and SMS cannot be combined on one signer: the shape has no room for both', () => {
    expect(refusal(request({ signers: [{ ...signer(), verification: { kind: 'login', phone: '+14155552671' } as never }] }))).toEqual([]);
    const parsed = schema.parse(request({ signers: [{ ...signer(), verification: { kind: 'login', phone: '+14155552671' } as never }] }));
    expect(parsed.signers[0]!.verification).toEqual({ kind: 'login' }); // the stray phone is dropped, never sent
    expect(refusal(request({ signers: [signer({ verification: { kind: 'sms+login' } as never })] }))).toHaveLength(1);
  });

  it('E.164 phone numbers only: a plus, a first digit 1-9, 7 to 15 digits in all', () => {
    const phone = (value: string) => refusal(request({ signers: [signer({ verification: { kind: 'sms', phone: value } })] }));
    for (const valid of ['+14155552671', '+447911123456', '+3312345', '+123456789012345']) expect(phone(valid), valid).toEqual([]);
    for (const invalid of ['4155552671', '14155552671', '+04155552671', '+0', '+123456', '+1234567890123456', '+1 415 555 2671', '+1415555267x', ' +14155552671', '+14155552671\n']) {
      expect(phone(invalid), JSON.stringify(invalid)).toEqual(['signers.0.verification.phone: not an E.164 phone number']);
    }
    expect(refusal(request({ signers: [signer({ verification: { kind: 'sms', phone: '(415) 555-2671' } })] }))).toEqual([
      'signers.0.verification.phone: not an E.164 phone number',
    ]);
  });

  it('the same email twice, partial signing order, and nobody who signs', () => {
    expect(refusal(request({ signers: [signer(), signer({ email: 'A@example.com' })] }))).toEqual([expect.stringMatching(/^signers\.1\.email: .*already in the list/)]);
    expect(refusal(request({ signers: [signer({ order: 1 }), signer({ email: 'b@example.com' })] }))).toEqual([expect.stringMatching(/^signers\.1\.order: /)]);
    expect(refusal(request({ signers: [signer({ role: 'final_copy_reader' })] }))).toEqual([expect.stringMatching(/^signers: .*sign or approve/)]);
  });

  it('never the root folder', () => {
    expect(refusal(request({}, { parentFolderId: '0' }))).toEqual([expect.stringMatching(/^options\.parentFolderId: .*root folder/)]);
    expect(refusal(request({}, { parentFolderId: '12' }))).toEqual([]);
  });

  it('days valid 0..730', () => {
    expect(refusal(request({}, { daysValid: 0 }))).toEqual([]);
    expect(refusal(request({}, { daysValid: 730 }))).toEqual([]);
    expect(refusal(request({}, { daysValid: 731 }))).toHaveLength(1);
    expect(refusal(request({}, { daysValid: -1 }))).toHaveLength(1);
  });

  it('SMS before viewing needs an SMS signer; preparation is not for templates', () => {
    expect(refusal(request({}, { requirePhoneToView: true }))).toEqual([]);
    expect(refusal(request({ signers: [signer({ verification: { kind: 'none' } })] }, { requirePhoneToView: true }))).toEqual([
      expect.stringMatching(/^options\.requirePhoneToView: .*SMS code/),
    ]);
    expect(refusal(request({ fileIds: [], templateId: 't1' }, { prepare: true }))).toEqual([expect.stringMatching(/^options\.prepare: /)]);
  });

  it('signature colours and empty strings', () => {
    expect(refusal(request({}, { signatureColor: 'green' as never }))).toHaveLength(1);
    expect(refusal(request({}, { emailSubject: '' }))).toHaveLength(1);
    expect(refusal(request({ signers: [signer({ password: '' })] }))).toHaveLength(1);
  });
});

describe('requestIssues on its own (the popup runs it too, before the schema would cap the lists)', () => {
  const files = (n: number) => Array.from({ length: n }, (_, i) => String(1000 + i));
  const many = (n: number) => Array.from({ length: n }, (_, i) => signer({ email: `s${i}@example.com` }));
  const paths = (value: SendSignRequest) => requestIssues(value).map((issue) => issue.path.join('.'));

  it('10 files pass, 11 do not', () => {
    expect(paths(request({ fileIds: files(10) }))).toEqual([]);
    expect(paths(request({ fileIds: files(11) }))).toEqual(['fileIds']);
  });

  it('35 signers pass, 36 do not', () => {
    expect(paths(request({ signers: many(35) }))).toEqual([]);
    expect(paths(request({ signers: many(36) }))).toEqual(['signers']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Signer } from '../../shared/messages';
import { buildSignRequestPayload, toSummary } from './payload';
import { SignRequestSchema } from './schemas';
import { sendRequest, signRequest } from './box.test-helpers';

const signer = (over: Partial<Signer> = {}): Signer => ({
  email: 'signer@example.com',
  role: 'signer',
  order: null,
  verification: { kind: 'none' },
  password: null,
  ...over,
});
const build = (over: Parameters<typeof sendRequest>[0]) => buildSignRequestPayload({ request: sendRequest(over), externalId: 'secure-sign-1' });
const options = sendRequest().options;

describe('buildSignRequestPayload', () => {
  it('two signers in order, one with an SMS code before viewing, one with a password', () => {
    expect(
      build({
        fileIds: ['111', '222'],
        signers: [
          signer({ email: 'ann@example.com', order: 1, verification: { kind: 'sms', phone: '+447700900123' } }),
          signer({ email: 'bob@example.com', order: 2, password: 'correct horse' }),
        ],
        options: { ...options, requirePhoneToView: true },
      }),
    ).toEqual({
      source_files: [
        { id: '111', type: 'file' },
        { id: '222', type: 'file' },
      ],
      signers: [
        { email: 'ann@example.com', role: 'signer', order: 1, verification_phone_number: '+447700900123' },
        { email: 'bob@example.com', role: 'signer', order: 2, password: 'correct horse' },
      ],
      is_phone_verification_required_to_view: true,
      external_id: 'secure-sign-1',
    });
  });

  it('asks for the SMS code at signing unless told otherwise: no flag', () => {
    const payload = build({ signers: [signer({ verification: { kind: 'sms', phone: '+447700900123' } })] });
    expect(payload).not.toHaveProperty('is_phone_verification_required_to_view');
  });

  it('a Box login signer, with a password on top', () => {
    expect(build({ signers: [signer({ verification: { kind: 'login' }, password: 'pw' })] }).signers).toEqual([
      { email: 'signer@example.com', role: 'signer', login_required: true, password: 'pw' },
    ]);
  });

  it('roles as chosen, and nothing for a signer without verification', () => {
    const payload = build({
      signers: [signer({ role: 'approver', email: 'boss@example.com' }), signer(), signer({ role: 'final_copy_reader', email: 'legal@example.com' })],
    });
    expect(payload.signers).toEqual([
      { email: 'boss@example.com', role: 'approver' },
      { email: 'signer@example.com', role: 'signer' },
      { email: 'legal@example.com', role: 'final_copy_reader' },
    ]);
  });

  it('a template: template_id and no source_files', () => {
    expect(build({ fileIds: [], templateId: 'f2ec720d-47a6-4052-8210-9bfa8d6c349c', signers: [signer()] })).toEqual({
      template_id: 'f2ec720d-47a6-4052-8210-9bfa8d6c349c',
      signers: [{ email: 'signer@example.com', role: 'signer' }],
      external_id: 'secure-sign-1',
    });
  });

  it('document preparation', () => {
    expect(build({ signers: [signer()], options: { ...options, prepare: true } })).toMatchObject({ is_document_preparation_needed: true });
  });

  it('every option', () => {
    const all = {
      prepare: true,
      parentFolderId: '111111111',
      emailSubject: 'Please sign the NDA',
      emailMessage: 'Hello,\nthe NDA we discussed.',
      daysValid: 30,
      remindersEnabled: true,
      signatureColor: 'blue' as const,
      name: 'NDA - Acme',
      requirePhoneToView: false,
    };
    expect(build({ signers: [signer()], options: all })).toEqual({
      source_files: [{ id: '111', type: 'file' }],
      signers: [{ email: 'signer@example.com', role: 'signer' }],
      parent_folder: { id: '111111111', type: 'folder' },
      is_document_preparation_needed: true,
      email_subject: 'Please sign the NDA',
      email_message: 'Hello,\nthe NDA we discussed.',
      days_valid: 30,
      are_reminders_enabled: true,
      signature_color: 'blue',
      name: 'NDA - Acme',
      external_id: 'secure-sign-1',
    });
  });

  it('sends 0 days as 0 (Box allows 0 to 730)', () => {
    expect(build({ signers: [signer()], options: { ...options, daysValid: 0 } }).days_valid).toBe(0);
  });

  it('sends each file once', () => {
    expect(build({ fileIds: ['111', '111'], signers: [signer()] }).source_files).toHaveLength(1);
  });

  it('re-checks what Box would refuse: phone format, root folder, SMS-before-view without SMS, no source', () => {
    const refuse = (over: Parameters<typeof sendRequest>[0]) => expect(() => build(over)).toThrow(expect.objectContaining({ code: 'invalid_request' }));
    refuse({ signers: [signer({ verification: { kind: 'sms', phone: '07700 900123' } })] });
    refuse({ signers: [signer()], options: { ...options, parentFolderId: '0' } });
    refuse({ signers: [signer()], options: { ...options, requirePhoneToView: true } });
    refuse({ fileIds: [], signers: [signer()] });
    refuse({ fileIds: Array.from({ length: 11 }, (_, i) => String(100 + i)), signers: [signer()] });
  });
});

describe('toSummary', () => {
  it('lists the recipients without the auto-added sender, every row with its role, and links the destination folder', () => {
    expect(toSummary(SignRequestSchema.parse(signRequest({ status: 'sent' })))).toEqual({
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      status: 'sent',
      prepareUrl: null,
      openUrl: 'https://app.box.com/folder/555',
      signerEmails: ['signer@example.com'],
      signers: [
        { email: 'sender@example.com', role: 'final_copy_reader', order: 0, isSender: true },
        { email: 'signer@example.com', role: 'signer', order: 1, isSender: false },
      ],
    });
  });

  it('prefers the prepare URL', () => {
    const summary = toSummary(SignRequestSchema.parse(signRequest({ prepare_url: 'https://app.box.com/sign/prepare/x' })));
    expect(summary.openUrl).toBe('https://app.box.com/sign/prepare/x');
    expect(summary.prepareUrl).toBe('https://app.box.com/sign/prepare/x');
  });

  it('keeps a final copy reader who is not the sender', () => {
    const request = signRequest({
      signers: [
        { email: 'Sender@Example.com', role: 'final_copy_reader', order: 0 },
        { email: 'legal@example.com', role: 'final_copy_reader', order: 1 },
        { email: 'signer@example.com', role: 'signer', order: 1 },
      ],
    });
    const summary = toSummary(SignRequestSchema.parse(request));
    expect(summary.signerEmails).toEqual(['legal@example.com', 'signer@example.com']);
    expect(summary.signers?.map((s) => s.isSender)).toEqual([true, false, false]);
  });

  it('falls back to the first final copy reader when the sender is unknown, and to no link without a folder', () => {
    const request = SignRequestSchema.parse(signRequest({ sender_email: null, parent_folder: null }));
    expect(toSummary(request)).toMatchObject({ signerEmails: ['signer@example.com'], openUrl: null });
    expect(toSummary(SignRequestSchema.parse({ id: 'x' }))).toEqual({ id: 'x', status: 'unknown', prepareUrl: null, openUrl: null, signerEmails: [], signers: [] });
  });

  it('finds the sender by email, not by position, with rows Box lists without an email or role', () => {
    const request = signRequest({
      signers: [
        { email: 'legal@example.com', role: 'final_copy_reader', order: 1 },
        { email: null, role: 'final_copy_reader', order: 1 },
        { email: 'sender@example.com', role: 'final_copy_reader', order: 0 },
        { email: 'signer@example.com', order: 1 },
      ],
    });
    const summary = toSummary(SignRequestSchema.parse(request));
    expect(summary.signerEmails).toEqual(['legal@example.com', 'signer@example.com']);
    expect(summary.signers).toEqual([
      { email: 'legal@example.com', role: 'final_copy_reader', order: 1, isSender: false },
      { email: null, role: 'final_copy_reader', order: 1, isSender: false },
      { email: 'sender@example.com', role: 'final_copy_reader', order: 0, isSender: true },
      { email: 'signer@example.com', role: 'signer', order: 1, isSender: false },
    ]);
  });

  it('with the sender unknown and no final copy reader first, every row is a recipient', () => {
    const request = signRequest({
      sender_email: null,
      signers: [
        { email: 'a@example.com', role: 'signer', order: 1 },
        { email: 'b@example.com', role: 'signer', order: 2 },
      ],
    });
    expect(toSummary(SignRequestSchema.parse(request)).signerEmails).toEqual(['a@example.com', 'b@example.com']);
  });

  it('links no folder for the root folder, where Box never files a request', () => {
    expect(toSummary(SignRequestSchema.parse(signRequest({ parent_folder: { type: 'folder', id: '0' } }))).openUrl).toBeNull();
  });

  it('marks no row as the sender when the sender was given a role', () => {
    const request = signRequest({ signers: [{ email: 'sender@example.com', role: 'signer', order: 1 }] });
    expect(toSummary(SignRequestSchema.parse(request)).signers).toEqual([{ email: 'sender@example.com', role: 'signer', order: 1, isSender: false }]);
  });
});

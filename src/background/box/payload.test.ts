import { describe, expect, it } from 'vitest';
import type { SignerInput } from '../../shared/messages';
import { buildSignRequestPayload, toSummary } from './payload';
import { SignRequestSchema } from './schemas';
import { signRequest } from './testing';

const sms = (requiredToView: boolean): SignerInput => ({
  email: 'signer@example.com',
  verification: { kind: 'sms', phone: '+447700900123', requiredToView },
});
const password: SignerInput = { email: 'signer@example.com', verification: { kind: 'password', password: 'correct horse' } };

describe('buildSignRequestPayload', () => {
  it('builds an SMS request that asks for the code at signing', () => {
    expect(buildSignRequestPayload({ fileIds: ['111', '222'], signer: sms(false), externalId: 'secure-sign-1' })).toEqual({
      source_files: [
        { id: '111', type: 'file' },
        { id: '222', type: 'file' },
      ],
      signers: [{ email: 'signer@example.com', role: 'signer', verification_phone_number: '+447700900123' }],
      external_id: 'secure-sign-1',
    });
  });

  it('asks for the SMS code before viewing when required', () => {
    const payload = buildSignRequestPayload({ fileIds: ['111'], signer: sms(true), externalId: 'e' });
    expect(payload.is_phone_verification_required_to_view).toBe(true);
  });

  it('builds a password request with no phone fields', () => {
    const payload = buildSignRequestPayload({ fileIds: ['111'], signer: password, externalId: 'e' });
    expect(payload.signers).toEqual([{ email: 'signer@example.com', role: 'signer', password: 'correct horse' }]);
    expect(payload).not.toHaveProperty('is_phone_verification_required_to_view');
    expect(payload).not.toHaveProperty('parent_folder');
  });

  it('sends each file once', () => {
    expect(buildSignRequestPayload({ fileIds: ['111', '111'], signer: password, externalId: 'e' }).source_files).toHaveLength(1);
  });

  it('re-checks the phone number format', () => {
    const bad: SignerInput = { email: 'a@example.com', verification: { kind: 'sms', phone: '07700 900123', requiredToView: false } };
    expect(() => buildSignRequestPayload({ fileIds: ['111'], signer: bad, externalId: 'e' })).toThrow(
      expect.objectContaining({ code: 'invalid_request' }),
    );
  });

  it('refuses no files and more than ten', () => {
    expect(() => buildSignRequestPayload({ fileIds: [], signer: password, externalId: 'e' })).toThrow();
    const eleven = Array.from({ length: 11 }, (_, i) => String(100 + i));
    expect(() => buildSignRequestPayload({ fileIds: eleven, signer: password, externalId: 'e' })).toThrow();
  });
});

describe('toSummary', () => {
  it('lists the recipients without the auto-added sender and links the destination folder', () => {
    expect(toSummary(SignRequestSchema.parse(signRequest({ status: 'sent' })))).toEqual({
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      status: 'sent',
      prepareUrl: null,
      openUrl: 'https://app.box.com/folder/555',
      signerEmails: ['signer@example.com'],
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
    expect(toSummary(SignRequestSchema.parse(request)).signerEmails).toEqual(['legal@example.com', 'signer@example.com']);
  });

  it('falls back to the first final copy reader when the sender is unknown, and to no link without a folder', () => {
    const request = SignRequestSchema.parse(signRequest({ sender_email: null, parent_folder: null }));
    expect(toSummary(request)).toMatchObject({ signerEmails: ['signer@example.com'], openUrl: null });
    expect(toSummary(SignRequestSchema.parse({ id: 'x' }))).toEqual({ id: 'x', status: 'unknown', prepareUrl: null, openUrl: null, signerEmails: [] });
  });
});

import { describe, expect, it, vi } from 'vitest';
import { BoxApiError } from './box-error';
import { BoxFileSchema, SignRequestCreateSchema, SignRequestSchema, SignRequestsSchema, checkSignRequestCreate, parseResponse } from './schemas';
import { signRequest } from './box.test-helpers';

const raw = (body: unknown, status = 200) => ({ status, text: JSON.stringify(body), headers: new Headers({ 'box-request-id': 'rid' }) });

const valid = {
  source_files: [{ id: '12345', type: 'file' }],
  signers: [{ email: 'a@example.com', role: 'signer', verification_phone_number: '+15551232190' }],
  external_id: 'secure-sign-x',
};

describe('SignRequestCreateSchema', () => {
  it('accepts a minimal SMS request', () => {
    expect(SignRequestCreateSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses a signer with both login_required and verification_phone_number', () => {
    const payload = { ...valid, signers: [{ ...valid.signers[0], login_required: true }] };
    expect(SignRequestCreateSchema.safeParse(payload).success).toBe(false);
  });

  it('refuses the root folder as parent_folder', () => {
    expect(SignRequestCreateSchema.safeParse({ ...valid, parent_folder: { id: '0', type: 'folder' } }).success).toBe(false);
    expect(SignRequestCreateSchema.safeParse({ ...valid, parent_folder: { id: '77', type: 'folder' } }).success).toBe(true);
  });

  it('bounds signers to 1..35 and source files to 10', () => {
    const signer = { email: 'a@example.com' };
    expect(SignRequestCreateSchema.safeParse({ ...valid, signers: [] }).success).toBe(false);
    expect(SignRequestCreateSchema.safeParse({ ...valid, signers: Array(35).fill(signer) }).success).toBe(true);
    expect(SignRequestCreateSchema.safeParse({ ...valid, signers: Array(36).fill(signer) }).success).toBe(false);
    const files = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String(i + 1), type: 'file' }));
    expect(SignRequestCreateSchema.safeParse({ ...valid, source_files: files(10) }).success).toBe(true);
    expect(SignRequestCreateSchema.safeParse({ ...valid, source_files: files(11) }).success).toBe(false);
    expect(SignRequestCreateSchema.safeParse({ ...valid, source_files: [] }).success).toBe(false);
  });

  it('refuses SMS-before-view without a phone number, and unknown fields', () => {
    const noPhone = { ...valid, signers: [{ email: 'a@example.com', password: 'pw' }], is_phone_verification_required_to_view: true };
    expect(SignRequestCreateSchema.safeParse(noPhone).success).toBe(false);
    expect(SignRequestCreateSchema.safeParse({ ...valid, extrnal_id: 'typo' }).success).toBe(false);
  });

  it('reports problems by field, never by value', () => {
    const payload = { ...valid, signers: [{ email: 'not-an-email', password: 'hunter2-secret' }] };
    try {
      checkSignRequestCreate(payload);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_request', status: 0 });
      expect((error as Error).message).toMatch(/signers\.0\.email: invalid_format/);
      expect((error as Error).message).not.toMatch(/hunter2/);
    }
  });
});

describe('checkSignRequestCreate messages', () => {
  // zod/mini has no message catalogue: these rules name the field and say why in words of ours.
  it("names Box's cross-field rules by field, in our words, and lists at most five problems", () => {
    const both = { ...valid.signers[0], login_required: true };
    const message = (payload: unknown) => {
      try {
        checkSignRequestCreate(payload);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(message({ ...valid, signers: [both, both] })).toBe(
      'signers.0.login_required: a signer cannot have both login_required and verification_phone_number; ' +
        'signers.1.login_required: a signer cannot have both login_required and verification_phone_number',
    );
    expect(message({ ...valid, source_files: [] })).toBe('source_files: give at least one source file (or a template)');
    expect(message({ ...valid, signers: Array(7).fill({ email: 'not-an-email' }) }).split('; ')).toEqual(
      [0, 1, 2, 3, 4].map((i) => `signers.${i}.email: invalid_format`),
    );
  });
});

describe('checkSignRequestCreate', () => {
  it('checks each payload once: its own output passes again without a second parse, a copy does not', () => {
    const parse = vi.spyOn(SignRequestCreateSchema, 'safeParse');
    try {
      const once = checkSignRequestCreate(valid);
      expect(checkSignRequestCreate(once)).toBe(once);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(() => checkSignRequestCreate({ ...once, parent_folder: { id: '0', type: 'folder' } })).toThrow(expect.objectContaining({ code: 'invalid_request' }));
      expect(parse).toHaveBeenCalledTimes(2);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('response schemas', () => {
  it('parse unknown statuses and keep unknown fields', () => {
    const parsed = SignRequestSchema.parse(signRequest({ status: 'signed_and_downloaded', brand_new_field: { a: 1 } }));
    expect(parsed.status).toBe('signed_and_downloaded');
    expect(parsed).toHaveProperty('brand_new_field', { a: 1 });
  });

  it('need little more than an id', () => {
    expect(SignRequestSchema.parse({ id: 'x' })).toEqual({ id: 'x' });
    expect(SignRequestSchema.safeParse({ status: 'sent' }).success).toBe(false);
  });

  it('drop a password should one ever come back', () => {
    const parsed = SignRequestSchema.parse(signRequest({ signers: [{ email: 'a@example.com', role: 'signer', password: 'hunter2' }] }));
    expect(JSON.stringify(parsed)).not.toMatch(/hunter2/);
  });

  it('read a list page, with or without a next marker', () => {
    expect(SignRequestsSchema.parse({ entries: [signRequest()], next_marker: 'm2', limit: 100 }).next_marker).toBe('m2');
    expect(SignRequestsSchema.parse({ entries: [], next_marker: null, limit: 100 }).entries).toEqual([]);
  });

  it('read a file without an extension (FileInfo defaults it: client.ts)', () => {
    const file = BoxFileSchema.parse({ type: 'file', id: '1', name: 'Contract', size: 10, permissions: { can_download: true, can_preview: true } });
    expect(file.extension).toBeUndefined();
  });

  it('read a next marker given as a number as a string', () => {
    expect(SignRequestsSchema.parse({ entries: [], next_marker: 42 }).next_marker).toBe('42');
    expect(SignRequestsSchema.safeParse({ entries: [], next_marker: true }).success).toBe(false);
  });
});

describe('parseResponse', () => {
  it('returns the parsed body', () => {
    expect(parseResponse(SignRequestSchema, raw({ id: 'x', status: 'sent' }), 'sign_request')).toMatchObject({ id: 'x', status: 'sent' });
  });

  it('throws malformed_response with the status and request id', () => {
    const attempt = () => parseResponse(BoxFileSchema, raw({ id: '1', name: 'x' }), 'file');
    expect(attempt).toThrow(BoxApiError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'malformed_response', status: 200, requestId: 'rid', resource: 'file' }));
    // zod/mini has no message catalogue: issues are named by field and code (for a type, the type expected).
    expect(attempt).toThrow('Box sent a file response in an unexpected shape (permissions: expected object)');
    const notJson = { status: 201, text: '<html>', headers: new Headers() };
    expect(() => parseResponse(SignRequestSchema, notJson, 'sign_request')).toThrow(expect.objectContaining({ code: 'malformed_response' }));
    expect(() => parseResponse(SignRequestSchema, notJson, 'sign_request')).toThrow('Box sent a sign_request response in an unexpected shape ((root): expected object)');
  });
});

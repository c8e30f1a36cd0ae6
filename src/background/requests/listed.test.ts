import { describe, expect, it } from 'vitest';
import { bulkExternalId } from '../bulk/external-id';
import { toListed } from './listed';
import { boxEntry, T0 } from './requests.test-helpers';

describe('a listed request', () => {
  it('has each signer\'s state as Box gives it: waiting, viewed, signed, declined with the reason', () => {
    const decided = (type: string, info: string | null) => ({ type, finalized_at: new Date(T0 + 5_000).toISOString(), additional_info: info });
    const r = toListed(boxEntry(1, {
      status: 'declined',
      finished_at: new Date(T0 + 5_000).toISOString(),
      signers: [
        { email: 'ada@example.com', role: 'final_copy_reader', order: 0, has_viewed_document: false, signer_decision: null },
        { email: 'a@example.org', role: 'signer', order: 1, has_viewed_document: false, signer_decision: null, login_required: true },
        { email: 'b@example.org', role: 'approver', order: 1, has_viewed_document: true, signer_decision: null, verification_phone_number: '+14155552671' },
        { email: 'c@example.org', role: 'signer', order: 2, has_viewed_document: true, signer_decision: decided('signed', null), is_in_person: true },
        { email: 'd@example.org', role: 'signer', order: 3, has_viewed_document: true, signer_decision: decided('declined', 'Wrong salary figure') },
      ],
    }))!;
    expect(r.signers.map((s) => [s.email, s.state, s.method, s.reason])).toEqual([
      ['ada@example.com', 'waiting', 'email', null],
      ['a@example.org', 'waiting', 'login', null],
      ['b@example.org', 'viewed', 'sms', null],
      ['c@example.org', 'signed', 'email', null],
      ['d@example.org', 'declined', 'email', 'Wrong salary figure'],
    ]);
    expect(r.signers[3]!.inPerson).toBe(true);
    expect(r.signers[4]!.decidedAt).toBe(T0 + 5_000);
    expect(r.finishedAt).toBe(T0 + 5_000);
    // Box emailed the next signer when c signed: the resend rule counts from the last decision.
    expect(r.lastSentAt).toBe(T0 + 5_000);
    expect(JSON.stringify(r)).not.toContain('+1415'); // no phone numbers kept
  });

  it('has the files, the signed documents and the signing log, and when it expires', () => {
    const r = toListed(boxEntry(2, {
      status: 'signed', auto_expire_at: new Date(T0 + 86_400_000).toISOString(),
      signing_log: { id: '777', type: 'file', name: 'Request 2 Signing Log.pdf' },
    }), T0 + 60_000)!;
    expect(r).toMatchObject({
      id: 'sr-2', name: 'Request 2.pdf', status: 'signed', expiresAt: T0 + 86_400_000,
      files: [{ id: '1002', name: 'Request 2.docx' }], signFiles: [{ id: '9002', name: 'Request 2.pdf' }], signFilesReady: true,
      signingLog: { id: '777', name: 'Request 2 Signing Log.pdf' }, parentFolderId: '555', lastSentAt: T0 + 60_000,
    });
  });

  it('tolerates missing fields and unknown values; refuses what is not a sign request', () => {
    expect(toListed({ id: 'x' })).toMatchObject({ id: 'x', name: 'x', status: 'unknown', signers: [], files: [], createdAt: 0 });
    expect(toListed({ id: 'y', status: 'downloaded', signers: [{ email: 'a@b.c', signer_decision: { type: 'abstained' } }] })!.signers[0]!.state).toBe('waiting');
    expect(toListed({ name: 'no id' })).toBeNull();
    expect(toListed('nonsense')).toBeNull();
  });

  it('knows the Bulk send batch a request belongs to from its external_id, and no batch otherwise', () => {
    expect(toListed(boxEntry(3, { external_id: bulkExternalId('batch-7', 'secure-sign-x') }))!.batch).toBe('batch-7');
    expect(toListed(boxEntry(4, { external_id: 'secure-sign-1234' }))!.batch).toBeNull();
    expect(toListed(boxEntry(5, { external_id: null }))!.batch).toBeNull();
  });
});

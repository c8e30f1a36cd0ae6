import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from './index.ts';
import { NDA, api, signBody } from './test-client.test-helpers.ts';

let em: Emulator;
let token: string;

beforeEach(async () => {
  em = await startEmulator();
  token = em.issueDeveloperToken();
});
afterEach(() => em.close());

const get = async (id: string) => (await api(em, token, 'GET', `/2.0/sign_requests/${id}`)).json;
const DAY = 24 * 60 * 60 * 1000;

async function created(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await api(em, token, 'POST', '/2.0/sign_requests', signBody(extra));
  expect(res.status).toBe(201);
  em.advance(2_000);
  return res.json.id as string;
}

describe('sign request lifecycle', () => {
  it('sent → viewed → finalizing → signed, filling the signer fields, finished_at and the signing log', async () => {
    const id = await created({ signers: [{ email: 'a@example.org' }, { email: 'b@example.org' }] });
    expect((await get(id)).status).toBe('sent');
    em.signerViews(id, 'a@example.org');
    let sr = await get(id);
    expect(sr.status).toBe('viewed');
    expect(sr.signers[1]).toMatchObject({ email: 'a@example.org', has_viewed_document: true, signer_decision: null });
    expect(sr.signers[2]).toMatchObject({ has_viewed_document: false });
    em.signerSigns(id, 'a@example.org');
    em.signerSigns(id, 'b@example.org');
    sr = await get(id);
    expect(sr.status).toBe('finalizing');
    expect(sr.sign_files.is_ready_for_download).toBe(false);
    expect(sr.signing_log).toBeNull();
    expect(sr.finished_at).toBeNull();
    em.advance(2_000);
    sr = await get(id);
    expect(sr.status).toBe('signed');
    expect(sr.finished_at).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    expect(sr.signing_log).toMatchObject({ type: 'file', name: expect.stringMatching(/ Signing Log\.pdf$/) });
    expect(sr.sign_files.is_ready_for_download).toBe(true);
    expect(sr.signers[2].signer_decision).toMatchObject({ type: 'signed', additional_info: null });
    expect(sr.signers[2].signer_decision.finalized_at).toMatch(/Z$/);
    expect(sr.signers[0]).toMatchObject({ role: 'final_copy_reader', signer_decision: null });
  });

  it('declined with the reason in additional_info; the others can no longer act', async () => {
    const id = await created({ signers: [{ email: 'a@example.org' }, { email: 'b@example.org' }] });
    em.signerDeclines(id, 'b@example.org', 'Wrong salary figure');
    const sr = await get(id);
    expect(sr.status).toBe('declined');
    expect(sr.finished_at).not.toBeNull();
    expect(sr.signers[2].signer_decision).toMatchObject({ type: 'declined', additional_info: 'Wrong salary figure' });
    expect(() => em.signerSigns(id, 'a@example.org')).toThrow(/declined/);
  });

  it('signers in order: the second cannot act before the first signed; the resend cool-down restarts', async () => {
    const id = await created({ signers: [{ email: 'a@example.org', order: 1 }, { email: 'b@example.org', order: 2 }] });
    expect(() => em.signerViews(id, 'b@example.org')).toThrow(/not been sent/);
    em.advance(11 * 60_000);
    em.signerSigns(id, 'a@example.org');
    // b was emailed just now: a resend within 10 minutes is refused.
    expect((await api(em, token, 'POST', `/2.0/sign_requests/${id}/resend`)).status).toBe(400);
    em.signerSigns(id, 'b@example.org');
    expect((await get(id)).status).toBe('finalizing');
  });

  it('only signers and approvers act; nothing before conversion ends', async () => {
    const res = await api(em, token, 'POST', '/2.0/sign_requests', signBody({ signers: [{ email: 'a@example.org' }] }));
    expect(() => em.signerViews(res.json.id, 'a@example.org')).toThrow(/converting/);
    em.advance(2_000);
    expect(() => em.signerSigns(res.json.id, 'ada@example.com')).toThrow(/final_copy_reader/);
  });

  it('expires when days_valid passes unsigned', async () => {
    const id = await created({ days_valid: 3 });
    em.advance(3 * DAY);
    token = em.issueDeveloperToken(); // developer tokens last an hour
    const sr = await get(id);
    expect(sr.status).toBe('expired');
    expect(sr.finished_at).toBe(sr.auto_expire_at);
  });

  it('a file Box cannot convert ends in error_converting', async () => {
    em.addFile({ id: '1000009901', name: 'photos.zip' });
    const id = em.addWebAppRequest({ fileIds: ['1000009901'], signers: [{ email: 'a@example.org' }] });
    em.advance(2_000);
    expect((await get(id)).status).toBe('error_converting');
  });
});

describe('requests made in the web app, list paging and the GET rate limit', () => {
  it('lists web-app requests newest first, in pages of up to 1,000', async () => {
    for (let i = 0; i < 1_005; i++) {
      em.addWebAppRequest({ fileIds: [NDA], signers: [{ email: `s${i}@example.org` }], name: `R${i}`, ageMs: (1_005 - i) * 60_000 });
    }
    const first = await api(em, token, 'GET', '/2.0/sign_requests?limit=5000');
    expect(first.json.limit).toBe(1000);
    expect(first.json.entries).toHaveLength(1000);
    expect(first.json.entries[0].name).toBe('R1004');
    expect(first.json.entries[0].external_id).toBeNull();
    const rest = await api(em, token, 'GET', `/2.0/sign_requests?limit=1000&marker=${first.json.next_marker as string}`);
    expect(rest.json.entries.map((e: { name: string }) => e.name)).toEqual(['R4', 'R3', 'R2', 'R1', 'R0']);
    expect(rest.json.next_marker).toBeNull();
  });

  it('answers 429 with retry-after past 1,000 GETs a minute, then recovers', async () => {
    const id = await created();
    for (let i = 0; i < 1000; i++) await api(em, token, 'GET', `/2.0/sign_requests/${id}`);
    const limited = await api(em, token, 'GET', '/2.0/sign_requests');
    expect(limited.status).toBe(429);
    expect(limited.json.code).toBe('rate_limit_exceeded');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    em.advance(60_000);
    expect((await api(em, token, 'GET', '/2.0/sign_requests')).status).toBe(200);
  }, 60_000);
});

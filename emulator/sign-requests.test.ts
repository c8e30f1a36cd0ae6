import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, startEmulator, type Emulator } from './index.ts';
import { CONTRACTS, NDA, api, signBody, validSigner } from './test-client.test-helpers.ts';

let em: Emulator;
let token: string;

beforeAll(async () => {
  em = await startEmulator();
});
afterAll(() => em.close());
beforeEach(() => {
  token = em.issueDeveloperToken();
});

const create = (body: unknown) => api(em, token, 'POST', '/2.0/sign_requests', body);

async function expectBadRequest(body: unknown, param: string): Promise<void> {
  const res = await create(body);
  expect(res.status).toBe(400);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.json).toMatchObject({ type: 'error', status: 400, code: 'bad_request' });
  expect(res.json.context_info.errors[0].name).toContain(param);
  expect(typeof res.json.request_id).toBe('string');
}

describe('POST /2.0/sign_requests validation', () => {
  it('requires signers', async () => {
    await expectBadRequest({ source_files: [{ type: 'file', id: NDA }] }, 'signers');
    await expectBadRequest(signBody({ signers: [] }), 'signers');
  });

  it('requires a valid email per signer', async () => {
    await expectBadRequest(signBody({ signers: [{ role: 'signer' }] }), 'signers[0].email');
    await expectBadRequest(signBody({ signers: [{ email: 'not-an-email' }] }), 'signers[0].email');
  });

  it('allows at most 35 signers and 10 source files', async () => {
    const signers = Array.from({ length: 36 }, (_, i) => ({ email: `s${i}@example.org` }));
    await expectBadRequest(signBody({ signers }), 'signers');
    const files = Array.from({ length: 11 }, () => ({ type: 'file', id: NDA }));
    await expectBadRequest(signBody({ source_files: files }), 'source_files');
    const ok = await create(signBody({ signers: signers.slice(0, 35) }));
    expect(ok.status).toBe(201);
  });

  it('refuses the root folder as parent_folder', async () => {
    await expectBadRequest(signBody({ parent_folder: { type: 'folder', id: '0' } }), 'parent_folder');
  });

  it('refuses login_required together with verification_phone_number', async () => {
    const signer = { email: 'a@example.org', login_required: true, verification_phone_number: '+14155552671' };
    await expectBadRequest(signBody({ signers: [signer] }), 'verification_phone_number');
  });

  it('validates the phone number (assumption: a fictional 555 number is refused)', async () => {
    await expectBadRequest(signBody({ signers: [{ email: 'a@example.org', verification_phone_number: '+15551232190' }] }), 'verification_phone_number');
    await expectBadRequest(signBody({ signers: [{ email: 'a@example.org', verification_phone_number: '4155552671' }] }), 'verification_phone_number');
    const ok = await create(signBody({ signers: [{ email: 'a@example.org', verification_phone_number: '+14155552671' }] }));
    expect(ok.status).toBe(201);
    expect(ok.json.signers[1].verification_phone_number).toBe('+14155552671');
  });

  it('checks days_valid range, role and signature_color enums', async () => {
    await expectBadRequest(signBody({ days_valid: 731 }), 'days_valid');
    await expectBadRequest(signBody({ days_valid: -1 }), 'days_valid');
    await expectBadRequest(signBody({ signers: [{ email: 'a@example.org', role: 'witness' }] }), 'role');
    await expectBadRequest(signBody({ signature_color: 'green' }), 'signature_color');
    expect((await create(signBody({ days_valid: 730, signature_color: 'red' }))).status).toBe(201);
  });

  it('answers 404 for an unknown source file and 403 for one without download permission', async () => {
    const missing = await create(signBody({ source_files: [{ type: 'file', id: '999999' }] }));
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ type: 'error', status: 404, code: 'not_found' });
    const readOnly = await create(signBody({ source_files: [{ type: 'file', id: '1000000003' }] }));
    expect(readOnly.status).toBe(403);
    expect(readOnly.json).toMatchObject({ status: 403, code: 'access_denied_insufficient_permissions' });
  });

  it('ignores unknown top-level fields', async () => {
    const res = await create(signBody({ totally_unknown: 42 }));
    expect(res.status).toBe(201);
    expect(res.json).not.toHaveProperty('totally_unknown');
  });
});

describe('POST /2.0/sign_requests success', () => {
  it('returns a SignRequest with the sender first as final_copy_reader and no password', async () => {
    const res = await create(signBody({ external_id: 'ext-1', is_phone_verification_required_to_view: true, days_valid: 30 }));
    expect(res.status).toBe(201);
    const sr = res.json;
    expect(sr.type).toBe('sign-request');
    expect(sr.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(sr.status).toBe('converting');
    expect(sr.signers).toHaveLength(2);
    expect(sr.signers[0]).toMatchObject({ email: DEMO_USER.login, role: 'final_copy_reader', order: 0 });
    expect(sr.signers[1]).toMatchObject({
      email: validSigner.email, role: 'signer', order: 0, has_viewed_document: false, signer_decision: null,
      inputs: [], embed_url: null, login_required: false, verification_phone_number: null,
    });
    expect(res.text).not.toContain(validSigner.password);
    expect(sr.signers[1]).not.toHaveProperty('password');
    expect(sr).toMatchObject({
      external_id: 'ext-1', is_phone_verification_required_to_view: true, days_valid: 30,
      sender_email: DEMO_USER.login, sender_id: Number(DEMO_USER.id), prepare_url: null,
      parent_folder: { id: CONTRACTS, type: 'folder', name: 'Contracts' },
    });
    expect(sr.source_files[0]).toMatchObject({ id: NDA, type: 'file', name: 'NDA - Acme.pdf' });
    expect(sr.sign_files.files[0].name).toMatch(/^NDA - Acme \(\d+\)\.pdf$/);
    expect(sr.name).toBe(sr.sign_files.files[0].name);
    expect(Date.parse(sr.auto_expire_at) - Date.parse(sr.created_at)).toBe(30 * 24 * 3600 * 1000);
  });

  it('moves converting → sent on the emulator clock', async () => {
    const { json: sr } = await create(signBody());
    em.advance(2_500);
    const got = await api(em, token, 'GET', `/2.0/sign_requests/${sr.id}`);
    expect(got.json.status).toBe('sent');
  });

  it('does not add the sender again when already listed', async () => {
    const res = await create(signBody({ signers: [{ email: DEMO_USER.login, role: 'signer' }] }));
    expect(res.json.signers).toHaveLength(1);
    expect(res.json.signers[0].role).toBe('signer');
  });

  it('with document preparation: prepare_url, created after conversion, sent once prepared', async () => {
    const { json: sr } = await create(signBody({ is_document_preparation_needed: true }));
    expect(sr.prepare_url).toMatch(new RegExp(`^https://app\\.box\\.com/sign/document/${sr.id}/[0-9a-f]+/prepare_doc/$`));
    em.advance(2_500);
    expect((await api(em, token, 'GET', `/2.0/sign_requests/${sr.id}`)).json.status).toBe('created');
    const { call } = await import('./test-client.test-helpers.ts');
    const path = new URL(sr.prepare_url).pathname;
    const page = await call(em, { host: 'app.box.com', path });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Send Request');
    expect((await api(em, token, 'GET', `/2.0/sign_requests/${sr.id}`)).json.status).toBe('created');
    const sent = await call(em, { host: 'app.box.com', method: 'POST', path });
    expect(sent.status).toBe(200);
    expect((await api(em, token, 'GET', `/2.0/sign_requests/${sr.id}`)).json.status).toBe('sent');
  });

  it('rate-limits create + resend at 100/minute/user with retry-after', async () => {
    const fresh = await startEmulator();
    const t = fresh.issueDeveloperToken();
    for (let i = 0; i < 100; i++) {
      const r = await api(fresh, t, 'POST', '/2.0/sign_requests', { signers: [] });
      expect(r.status).toBe(400);
    }
    const limited = await api(fresh, t, 'POST', '/2.0/sign_requests', signBody());
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({ type: 'error', status: 429, code: 'rate_limit_exceeded' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    fresh.advance(61_000);
    expect((await api(fresh, t, 'POST', '/2.0/sign_requests', signBody())).status).toBe(201);
    await fresh.close();
  });

  it('scales the rate window on request (same limit, shorter window), retry-after in whole seconds', { timeout: 60_000 }, async () => {
    const fresh = await startEmulator({ signRateWindowMs: 5_000 });
    const t = fresh.issueDeveloperToken();
    for (let i = 0; i < 100; i++) expect((await api(fresh, t, 'POST', '/2.0/sign_requests', { signers: [] })).status).toBe(400);
    const limited = await api(fresh, t, 'POST', '/2.0/sign_requests', signBody());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(5);
    fresh.advance(5_001);
    expect((await api(fresh, t, 'POST', '/2.0/sign_requests', signBody())).status).toBe(201);
    fresh.setSignRateWindow(60_000);
    for (let i = 0; i < 99; i++) await api(fresh, t, 'POST', '/2.0/sign_requests', { signers: [] });
    expect((await api(fresh, t, 'POST', '/2.0/sign_requests', signBody())).status).toBe(429);
    await fresh.close();
  });
});

describe('list, get, cancel, resend', () => {
  it('lists newest first (assumption: Box documents no order) with marker pagination', async () => {
    const fresh = await startEmulator();
    const t = fresh.issueDeveloperToken();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await api(fresh, t, 'POST', '/2.0/sign_requests', signBody({ external_id: `e${i}` }))).json.id);
    const page1 = await api(fresh, t, 'GET', '/2.0/sign_requests?limit=2');
    expect(page1.status).toBe(200);
    expect(page1.json.limit).toBe(2);
    expect(page1.json.entries.map((e: { id: string }) => e.id)).toEqual([ids[2], ids[1]]);
    expect(page1.json.next_marker).toBeTypeOf('string');
    const page2 = await api(fresh, t, 'GET', `/2.0/sign_requests?limit=2&marker=${page1.json.next_marker}`);
    expect(page2.json.entries.map((e: { id: string }) => e.id)).toEqual([ids[0]]);
    expect(page2.json.next_marker).toBeNull();
    expect((await api(fresh, t, 'GET', '/2.0/sign_requests?limit=5000')).json.limit).toBe(1000);
    expect(fresh.signRequests()).toHaveLength(3);
    await fresh.close();
  });

  it('404s an unknown sign request', async () => {
    const res = await api(em, token, 'GET', '/2.0/sign_requests/00000000-0000-0000-0000-000000000000');
    expect(res.status).toBe(404);
    expect(res.json.code).toBe('not_found');
  });

  it('cancels a sent request; refuses while converting and when already cancelled (assumption: which statuses Box refuses)', async () => {
    const { json: sr } = await create(signBody());
    const early = await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/cancel`);
    expect(early.status).toBe(400);
    em.advance(2_500);
    const cancelled = await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/cancel`, { reason: 'changed my mind' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json).toMatchObject({ id: sr.id, type: 'sign-request', status: 'cancelled' });
    const again = await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/cancel`);
    expect(again.status).toBe(400);
  });

  it('resends at most once per 10 minutes, 202 with an empty body', async () => {
    const { json: sr } = await create(signBody());
    em.advance(2_500);
    const tooSoon = await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/resend`);
    expect(tooSoon.status).toBe(400);
    expect(tooSoon.json.code).toBe('bad_request');
    em.advance(10 * 60 * 1000);
    const ok = await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/resend`);
    expect(ok.status).toBe(202);
    expect(ok.text).toBe('');
    expect((await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/resend`)).status).toBe(400);
    em.advance(10 * 60 * 1000);
    await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/cancel`);
    const afterCancel = await api(em, token, 'POST', `/2.0/sign_requests/${sr.id}/resend`);
    expect(afterCancel.status).toBe(400);
  });
});

// Box errors real users hit, each behind a switch, answered as Box documents them.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_APP, startEmulator, type Emulator } from './index.ts';
import { api } from './test-client.test-helpers.ts';

let em: Emulator | null = null;
afterEach(async () => {
  await em?.close();
  em = null;
});

const body = { signers: [{ email: 'signer@example.org' }], source_files: [{ type: 'file', id: '1000000001' }] };

describe('an app configured without sign_requests.readwrite', () => {
  it('gets 403 insufficient_scope on Box Sign, and still reads files and the user', async () => {
    em = await startEmulator({ apps: [{ ...DEFAULT_APP, scopes: ['root_readwrite'] }] });
    const token = em.issueDeveloperToken();
    const create = await api(em, token, 'POST', '/2.0/sign_requests', body);
    expect(create.status).toBe(403);
    expect(JSON.parse(create.text)).toMatchObject({ type: 'error', status: 403, code: 'insufficient_scope', message: 'The request requires higher privileges than provided by the access token.' });
    expect(create.headers['www-authenticate']).toContain('error="insufficient_scope"');
    expect((await api(em, token, 'GET', '/2.0/sign_requests')).status).toBe(403);
    expect(em.signRequests()).toEqual([]);
    expect((await api(em, token, 'GET', '/2.0/users/me')).status).toBe(200);
  });

  it('can be switched on and off for a running emulator (setAppScopes)', async () => {
    em = await startEmulator();
    const token = em.issueDeveloperToken();
    em.setAppScopes(['root_readwrite']);
    expect((await api(em, token, 'POST', '/2.0/sign_requests', body)).status).toBe(403);
    em.setAppScopes(undefined);
    expect((await api(em, token, 'POST', '/2.0/sign_requests', body)).status).toBe(201);
  });

  it('is not the default: an app with every scope creates sign requests', async () => {
    em = await startEmulator();
    const create = await api(em, em.issueDeveloperToken(), 'POST', '/2.0/sign_requests', body);
    expect(create.status).toBe(201);
  });
});

describe('a file Box Sign cannot convert', () => {
  it('leaves converting for error_converting, as Box reports after creation', async () => {
    em = await startEmulator();
    em.addFile({ id: '1000000777', name: 'Locked.pdf', convertFails: true });
    const token = em.issueDeveloperToken();
    const create = await api(em, token, 'POST', '/2.0/sign_requests', { ...body, source_files: [{ type: 'file', id: '1000000777' }] });
    expect(create.status).toBe(201);
    const created = JSON.parse(create.text) as { id: string; status: string; source_files: Record<string, unknown>[] };
    expect(created.status).toBe('converting');
    expect(created.source_files[0]).not.toHaveProperty('convertFails');
    em.advance(2_000);
    const later = JSON.parse((await api(em, token, 'GET', `/2.0/sign_requests/${created.id}`)).text) as { status: string };
    expect(later.status).toBe('error_converting');
    // Box refuses a resend of a request in error_converting (docs box-sign-docs.md).
    expect((await api(em, token, 'POST', `/2.0/sign_requests/${created.id}/resend`)).status).toBe(400);
  });
});

describe('Box Sign not enabled for the enterprise (assumption: Box documents no body)', () => {
  it('answers 403 forbidden on create, creates nothing, and still reads files', async () => {
    em = await startEmulator();
    em.setSignEnablement({ signEnabled: false });
    const token = em.issueDeveloperToken();
    const create = await api(em, token, 'POST', '/2.0/sign_requests', body);
    expect(create.status).toBe(403);
    expect(JSON.parse(create.text)).toMatchObject({ type: 'error', status: 403, code: 'forbidden', message: 'Box Sign is not enabled for this enterprise' });
    expect(em.signRequests()).toEqual([]);
    expect((await api(em, token, 'GET', '/2.0/files/1000000001')).status).toBe(200);
  });
});

describe('Box login on a plan without it (assumption: Box documents no body)', () => {
  it('answers 400 bad_request naming the signer field', async () => {
    em = await startEmulator();
    em.setSignEnablement({ boxLogin: false });
    const token = em.issueDeveloperToken();
    const create = await api(em, token, 'POST', '/2.0/sign_requests', { ...body, signers: [{ email: 'a@example.org', login_required: true }] });
    expect(create.status).toBe(400);
    expect(JSON.parse(create.text)).toMatchObject({ code: 'bad_request', context_info: { errors: [{ reason: 'invalid_parameter', name: 'signers[0].login_required' }] } });
    expect(em.signRequests()).toEqual([]);
    // Other methods still send.
    expect((await api(em, token, 'POST', '/2.0/sign_requests', body)).status).toBe(201);
  });
});

describe('SMS to a country Box does not text (assumption: Box lists no countries)', () => {
  it('answers 400 bad_request naming the phone field, and texts other countries', async () => {
    em = await startEmulator();
    em.setSignEnablement({ smsBlockedRegions: ['IR'] });
    const token = em.issueDeveloperToken();
    const signer = (phone: string) => ({ ...body, signers: [{ email: 'a@example.org' }, { email: 'b@example.org', verification_phone_number: phone }] });
    const create = await api(em, token, 'POST', '/2.0/sign_requests', signer('+989121234567'));
    expect(create.status).toBe(400);
    const error = JSON.parse(create.text) as { code: string; context_info: { errors: { name: string; message: string }[] } };
    expect(error.code).toBe('bad_request');
    expect(error.context_info.errors[0]).toMatchObject({ name: 'signers[1].verification_phone_number', message: expect.stringContaining("'IR'") });
    expect((await api(em, token, 'POST', '/2.0/sign_requests', signer('+14155552671'))).status).toBe(201);
  });
});

describe('a file that no longer exists', () => {
  it('answers 404 not_found on the file and on a sign request with it', async () => {
    em = await startEmulator();
    const token = em.issueDeveloperToken();
    em.removeFile('1000000001');
    expect((await api(em, token, 'GET', '/2.0/files/1000000001')).status).toBe(404);
    const create = await api(em, token, 'POST', '/2.0/sign_requests', body);
    expect(create.status).toBe(404);
    expect(JSON.parse(create.text)).toMatchObject({ code: 'not_found', context_info: { errors: [{ name: 'file' }] } });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_APP, startEmulator, type Emulator } from './index.ts';
import { api, call, signBody, validSigner } from './test-client.test-helpers.ts';

let em: Emulator;
let token: string;
beforeAll(async () => {
  em = await startEmulator();
});
afterAll(() => em.close());
beforeEach(() => {
  token = em.issueDeveloperToken();
  em.clearRequests();
});

describe('failNext', () => {
  it('500 answers a Box error body and the request has no effect', async () => {
    const before = em.signRequests().length;
    em.failNext({ method: 'POST', path: '/2.0/sign_requests' }, { status: 500 });
    const res = await api(em, token, 'POST', '/2.0/sign_requests', signBody());
    expect(res.status).toBe(500);
    expect(res.json).toMatchObject({ type: 'error', status: 500, code: 'internal_server_error' });
    expect(em.signRequests()).toHaveLength(before);
    expect((await api(em, token, 'POST', '/2.0/sign_requests', signBody())).status).toBe(201); // consumed
  });

  it('429 carries retry-after', async () => {
    em.failNext({ path: /^\/2\.0\/users\/me$/ }, { status: 429, retryAfter: 7 });
    const res = await api(em, token, 'GET', '/2.0/users/me');
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('7');
    expect(res.json.code).toBe('rate_limit_exceeded');
  });

  it('count applies the fault to several requests; host and method narrow the match', async () => {
    em.failNext({ host: 'api.box.com', method: 'GET', path: '/2.0/users/me' }, { status: 503 }, 2);
    expect((await api(em, token, 'POST', '/2.0/users/me')).status).toBe(405); // method does not match
    expect((await api(em, token, 'GET', '/2.0/users/me')).status).toBe(503);
    expect((await api(em, token, 'GET', '/2.0/users/me')).status).toBe(503);
    expect((await api(em, token, 'GET', '/2.0/users/me')).status).toBe(200);
  });

  it('drop destroys the socket without an answer, and nothing is created', async () => {
    const before = em.signRequests().length;
    em.failNext({ path: '/2.0/sign_requests' }, { drop: true });
    await expect(api(em, token, 'POST', '/2.0/sign_requests', signBody())).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect(em.signRequests()).toHaveLength(before);
    expect(em.requests).toHaveLength(1); // recorded before the fault
  });

  it('afterHandling + drop: the sign request exists although the client saw no answer', async () => {
    const before = em.signRequests().length;
    em.failNext({ method: 'POST', path: '/2.0/sign_requests' }, { drop: true, afterHandling: true });
    await expect(api(em, token, 'POST', '/2.0/sign_requests', signBody({ external_id: 'unknown-outcome' }))).rejects.toThrow();
    const all = em.signRequests() as Array<{ external_id: string }>;
    expect(all).toHaveLength(before + 1);
    expect(all.at(-1)?.external_id).toBe('unknown-outcome');
  });

  it('afterHandling + status: created, but the client gets a 500', async () => {
    const before = em.signRequests().length;
    em.failNext({ method: 'POST', path: '/2.0/sign_requests' }, { status: 500, afterHandling: true });
    expect((await api(em, token, 'POST', '/2.0/sign_requests', signBody())).status).toBe(500);
    expect(em.signRequests()).toHaveLength(before + 1);
  });

  it('message replaces the error body\'s message, kept as given (markup included), with the status\'s code', async () => {
    const hostile = '<img src=x onerror=alert(1)> is not <b>allowed</b>';
    em.failNext({ method: 'POST', path: '/2.0/sign_requests' }, { status: 400, message: hostile });
    const res = await api(em, token, 'POST', '/2.0/sign_requests', signBody());
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ type: 'error', status: 400, code: 'bad_request', message: hostile });
    expect(res.json.request_id).toBeTypeOf('string');
    em.failNext({ path: '/2.0/users/me' }, { status: 429, retryAfter: 3, message: 'slow <i>down</i>' });
    const limited = await api(em, token, 'GET', '/2.0/users/me');
    expect(limited.headers['retry-after']).toBe('3');
    expect(limited.json).toMatchObject({ code: 'rate_limit_exceeded', message: 'slow <i>down</i>' });
  });

  it('delayMs slows the answer down', async () => {
    em.failNext({ path: '/2.0/users/me' }, { delayMs: 150 });
    const started = Date.now();
    const res = await api(em, token, 'GET', '/2.0/users/me');
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('request log', () => {
  it('records method, host, path, query, lowercase headers and the parsed JSON body (password included)', async () => {
    await api(em, token, 'POST', '/2.0/sign_requests?fields=id', signBody(), { 'X-Custom-Header': 'Yes' });
    const [rec] = em.requests;
    expect(rec).toMatchObject({ method: 'POST', host: 'api.box.com', path: '/2.0/sign_requests', query: { fields: 'id' } });
    expect(rec?.headers['authorization']).toBe(`Bearer ${token}`);
    expect(rec?.headers['x-custom-header']).toBe('Yes');
    expect((rec?.body as { signers: Array<{ password: string }> }).signers[0]?.password).toBe(validSigner.password);
    expect(rec?.at).toBeTypeOf('number');
  });

  it('records form bodies as objects, other hosts too, and clears', async () => {
    await call(em, { method: 'POST', path: '/oauth2/token', form: { grant_type: 'refresh_token', client_id: DEFAULT_APP.clientId, refresh_token: 'r' } });
    await call(em, { host: 'acme.app.box.com', path: '/folder/0' });
    expect(em.requests[0]?.body).toEqual({ grant_type: 'refresh_token', client_id: DEFAULT_APP.clientId, refresh_token: 'r' });
    expect(em.requests[1]).toMatchObject({ host: 'acme.app.box.com', path: '/folder/0', body: null });
    em.clearRequests();
    expect(em.requests).toHaveLength(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_APP, startEmulator, type Emulator } from './index.ts';
import { api, call } from './test-client.test-helpers.ts';

let em: Emulator;
const ALLOWED = 'https://allowed.example.com';
beforeAll(async () => {
  em = await startEmulator({ apps: [{ ...DEFAULT_APP, corsOrigins: [ALLOWED, 'https://*.wild.example'] }] });
});
afterAll(() => em.close());

describe('bearer authentication', () => {
  it('401 with an empty body for missing, unknown and revoked tokens', async () => {
    const missing = await call(em, { path: '/2.0/users/me' });
    expect(missing.status).toBe(401);
    expect(missing.text).toBe('');
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="Service"');
    const unknown = await api(em, 'not-a-token', 'GET', '/2.0/users/me');
    expect(unknown.status).toBe(401);
    expect(unknown.text).toBe('');
    expect(unknown.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  it('developer tokens last 60 minutes of emulator time', async () => {
    const dev = em.issueDeveloperToken();
    em.advance(59 * 60 * 1000);
    expect((await api(em, dev, 'GET', '/2.0/users/me')).status).toBe(200);
    em.advance(60 * 1000 + 1);
    expect((await api(em, dev, 'GET', '/2.0/users/me')).status).toBe(401);
  });
});

describe('CORS origin check', () => {
  it('passes requests without Origin and without CORS headers', async () => {
    const res = await api(em, em.issueDeveloperToken(), 'GET', '/2.0/users/me');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('403 cors_origin_not_whitelisted for an origin not in the app list', async () => {
    const origin = 'chrome-extension://bcjnfaclfhppkahphndmgmnobabfllhe';
    const res = await api(em, em.issueDeveloperToken(), 'GET', '/2.0/users/me', undefined, { origin });
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({
      type: 'error', status: 403, code: 'cors_origin_not_whitelisted', context_info: { origin },
      message: 'Access denied - Did you forget to safelist your origin in the CORS config of your app?',
    });
    expect(res.json.request_id).toBeTypeOf('string');
  });

  it('allowed origins (exact and wildcard) get ACAO * and Vary: Origin', async () => {
    const token = em.issueDeveloperToken();
    for (const origin of [ALLOWED, 'https://a.wild.example']) {
      const res = await api(em, token, 'GET', '/2.0/users/me', undefined, { origin });
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['vary']).toBe('Origin');
    }
    expect((await api(em, token, 'GET', '/2.0/users/me', undefined, { origin: 'https://wild.example.evil' })).status).toBe(403);
  });

  it('checks /oauth2/token origins against the client_id app', async () => {
    const res = await call(em, {
      method: 'POST', path: '/oauth2/token', headers: { origin: 'https://nope.example' },
      form: { grant_type: 'refresh_token', client_id: DEFAULT_APP.clientId, client_secret: DEFAULT_APP.clientSecret, refresh_token: 'x' },
    });
    expect(res.status).toBe(403);
    expect(res.json.code).toBe('cors_origin_not_whitelisted');
  });

  it('answers preflights', async () => {
    const res = await call(em, {
      method: 'OPTIONS', path: '/2.0/sign_requests',
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-headers']).toBe('authorization,content-type');
  });
});

describe('hosts', () => {
  it('unknown hosts get a plain 404', async () => {
    const res = await call(em, { host: 'www.example.com', path: '/' });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
  });
});

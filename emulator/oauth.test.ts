import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_APP, startEmulator, type Emulator } from './index.ts';
import { sha256Base64Url } from './ids.ts';
import { REDIRECT, api, authCode, call, consent, exchange, refresh } from './test-client.test-helpers.ts';

let em: Emulator;
beforeAll(async () => {
  em = await startEmulator();
});
afterAll(() => em.close());

describe('authorize page', () => {
  it('shows a consent page for a valid request', async () => {
    const qs = new URLSearchParams({ response_type: 'code', client_id: DEFAULT_APP.clientId, redirect_uri: REDIRECT, state: 'xyz', scope: 'root_readwrite sign_requests.readwrite' });
    const res = await call(em, { host: 'account.box.com', path: `/api/oauth2/authorize?${qs}` });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('Grant access to Box');
    expect(res.text).toContain('Ada Lovelace');
    expect(res.text).toContain('sign_requests.readwrite');
    expect(res.text).toMatch(/<form method="post" action="\/api\/oauth2\/authorize"/);
  });

  it('shows an error page (never redirects) for an unknown client or unregistered redirect_uri', async () => {
    const bad = await call(em, { host: 'account.box.com', path: `/api/oauth2/authorize?response_type=code&client_id=nope&redirect_uri=${encodeURIComponent(REDIRECT)}` });
    expect(bad.status).toBe(400);
    expect(bad.headers['location']).toBeUndefined();
    expect(bad.text).toContain('invalid_client');
    const mismatch = await call(em, { host: 'account.box.com', path: `/api/oauth2/authorize?response_type=code&client_id=${DEFAULT_APP.clientId}&redirect_uri=${encodeURIComponent('https://evil.example/')}` });
    expect(mismatch.status).toBe(400);
    expect(mismatch.headers['location']).toBeUndefined();
    expect(mismatch.text).toContain('redirect_uri_mismatch');
    const trailing = await call(em, { host: 'account.box.com', path: `/api/oauth2/authorize?response_type=code&client_id=${DEFAULT_APP.clientId}&redirect_uri=${encodeURIComponent(`${REDIRECT}cb`)}` });
    expect(trailing.status).toBe(400);
  });

  it('escapes reflected parameters', async () => {
    const res = await call(em, { host: 'account.box.com', path: `/api/oauth2/authorize?response_type=code&client_id=${DEFAULT_APP.clientId}&state=${encodeURIComponent('"><script>x</script>')}` });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('<script>x</script>');
  });

  it('redirects with code and state on grant, access_denied on deny', async () => {
    const granted = await consent(em, { state: 'st-1' });
    expect(granted.status).toBe(302);
    const url = new URL(String(granted.headers['location']));
    expect(`${url.origin}${url.pathname}`).toBe(REDIRECT);
    expect(url.searchParams.get('state')).toBe('st-1');
    expect(url.searchParams.get('code')).toBeTruthy();
    const denied = await consent(em, { state: 'st-2' }, false);
    const d = new URL(String(denied.headers['location']));
    expect(d.searchParams.get('error')).toBe('access_denied');
    expect(d.searchParams.get('state')).toBe('st-2');
    expect(d.searchParams.get('code')).toBeNull();
  });
});

describe('token endpoint', () => {
  it('exchanges a code once for the Box token response', async () => {
    const code = await authCode(em);
    const res = await exchange(em, { code, redirect_uri: REDIRECT });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ expires_in: 3600, token_type: 'bearer', restricted_to: [], issued_token_type: 'urn:ietf:params:oauth:token-type:access_token' });
    expect(res.json.access_token).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(res.json.refresh_token).toMatch(/^[A-Za-z0-9]{32}$/);
    expect((await api(em, res.json.access_token, 'GET', '/2.0/users/me')).status).toBe(200);
    const again = await exchange(em, { code });
    expect(again.status).toBe(400);
    expect(again.json.error).toBe('invalid_grant');
  });

  it('expires codes after 30 seconds', async () => {
    const code = await authCode(em);
    em.advance(31_000);
    const res = await exchange(em, { code });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: 'invalid_grant', error_description: 'The authorization code has expired' });
  });

  it('requires the right client credentials', async () => {
    const code = await authCode(em);
    const wrong = await exchange(em, { code, client_secret: 'wrong' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toBe('invalid_client');
    const missing = await call(em, { method: 'POST', path: '/oauth2/token', form: { grant_type: 'authorization_code', code, client_id: DEFAULT_APP.clientId } });
    expect(missing.json.error).toBe('invalid_client');
    expect((await exchange(em, { code })).status).toBe(200); // failed attempts did not burn the code
  });

  it('rejects a redirect_uri different from the authorize one, and an unknown grant_type', async () => {
    const code = await authCode(em);
    const res = await exchange(em, { code, redirect_uri: 'https://other.example/' });
    expect(res.json.error).toBe('invalid_grant');
    const grant = await exchange(em, { grant_type: 'password' });
    expect(grant.json.error).toBe('invalid_request');
  });

  it('enforces PKCE S256 when the authorize request carried a code_challenge (assumption: Box documents no PKCE)', async () => {
    const verifier = 'v'.repeat(20) + 'erifier-0123456789-abcdefghijklmnop';
    const params = { code_challenge: sha256Base64Url(verifier), code_challenge_method: 'S256' };
    const c1 = await authCode(em, params);
    expect((await exchange(em, { code: c1 })).json.error).toBe('invalid_grant');
    const c2 = await authCode(em, params);
    expect((await exchange(em, { code: c2, code_verifier: 'wrong-verifier-wrong-verifier-wrong-verifier' })).json.error).toBe('invalid_grant');
    const c3 = await authCode(em, params);
    expect((await exchange(em, { code: c3, code_verifier: verifier })).status).toBe(200);
  });

  it('rotates refresh tokens: a used one gets invalid_grant (assumption: the exact refusal of a reused token)', async () => {
    const first = (await exchange(em, { code: await authCode(em) })).json;
    const second = await refresh(em, first.refresh_token);
    expect(second.status).toBe(200);
    expect(second.json.refresh_token).not.toBe(first.refresh_token);
    const reused = await refresh(em, first.refresh_token);
    expect(reused.status).toBe(400);
    expect(reused.json).toEqual({ error: 'invalid_grant', error_description: 'Invalid refresh token' });
    expect((await refresh(em, second.json.refresh_token)).status).toBe(200);
  });

  it('expires access tokens after 60 minutes; refresh still works', async () => {
    const pair = (await exchange(em, { code: await authCode(em) })).json;
    em.advance(60 * 60 * 1000 + 1);
    const expired = await api(em, pair.access_token, 'GET', '/2.0/users/me');
    expect(expired.status).toBe(401);
    expect(expired.text).toBe('');
    expect(expired.headers['www-authenticate']).toBe('Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."');
    const renewed = await refresh(em, pair.refresh_token);
    expect((await api(em, renewed.json.access_token, 'GET', '/2.0/users/me')).status).toBe(200);
  });

  it('expireAccessTokens() expires every access token but keeps refresh tokens', async () => {
    const pair = (await exchange(em, { code: await authCode(em) })).json;
    const dev = em.issueDeveloperToken();
    em.expireAccessTokens();
    expect((await api(em, pair.access_token, 'GET', '/2.0/users/me')).status).toBe(401);
    expect((await api(em, dev, 'GET', '/2.0/users/me')).status).toBe(401);
    expect((await refresh(em, pair.refresh_token)).status).toBe(200);
  });

  it('refresh tokens die after 60 days', async () => {
    const pair = (await exchange(em, { code: await authCode(em) })).json;
    em.advance(61 * 24 * 3600 * 1000);
    const res = await refresh(em, pair.refresh_token);
    expect(res.json).toEqual({ error: 'invalid_grant', error_description: 'Refresh token has expired' });
  });

  it('revokes access and refresh tokens', async () => {
    const pair = (await exchange(em, { code: await authCode(em) })).json;
    const res = await call(em, { method: 'POST', path: '/oauth2/revoke', form: { client_id: DEFAULT_APP.clientId, client_secret: DEFAULT_APP.clientSecret, token: pair.access_token } });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect((await api(em, pair.access_token, 'GET', '/2.0/users/me')).status).toBe(401);
    expect((await refresh(em, pair.refresh_token)).json.error).toBe('invalid_grant');
  });
});

import { describe, expect, it } from 'vitest';
import { BoxApiError } from '../box/box-error';
import { fakeFetch, hang, json, scripted } from '../box/box.test-helpers';
import { buildAuthorizeUrl, exchangeCode, parseRedirect, refreshTokens, revokeToken } from './oauth';
import { CLIENT, REDIRECT_URI } from './auth.test-helpers';

describe('buildAuthorizeUrl', () => {
  it('asks for a code with PKCE S256, state and the two scopes', () => {
    const url = buildAuthorizeUrl({ clientId: 'abc', redirectUri: REDIRECT_URI, state: 'st-1', codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM' });
    expect(url).toBe(
      'https://account.box.com/api/oauth2/authorize?response_type=code&client_id=abc' +
        '&redirect_uri=https%3A%2F%2Fabcdefghijklmnop.chromiumapp.org%2F&state=st-1' +
        '&scope=root_readwrite%20sign_requests.readwrite' +
        '&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256',
    );
  });

  it('signs a Verified Enterprise in through ent.box.com, with the same parameters', () => {
    const params = { clientId: 'abc', redirectUri: REDIRECT_URI, state: 'st-1', codeChallenge: 'c'.repeat(43) };
    const standard = new URL(buildAuthorizeUrl(params));
    const verified = new URL(buildAuthorizeUrl({ ...params, verifiedEnterprise: true }));
    expect(verified.origin + verified.pathname).toBe('https://ent.box.com/api/oauth2/authorize');
    expect(verified.search).toBe(standard.search);
    expect(new URL(buildAuthorizeUrl({ ...params, verifiedEnterprise: false })).host).toBe('account.box.com');
  });
});

describe('parseRedirect', () => {
  it('returns the code when the state matches', () => {
    expect(parseRedirect(`${REDIRECT_URI}?code=c-1&state=s-1`, 's-1')).toBe('c-1');
  });

  it.each([
    [`${REDIRECT_URI}?code=c-1&state=other`, 's-1'],
    [`${REDIRECT_URI}?code=c-1`, 's-1'],
    [`${REDIRECT_URI}?code=c-1&state=`, ''],
  ])('rejects a state mismatch: %s', (url, expected) => {
    expect(() => parseRedirect(url, expected)).toThrow(expect.objectContaining({ code: 'state_mismatch' }));
  });

  it('surfaces an error Box sent back', () => {
    const url = `${REDIRECT_URI}?error=access_denied&error_description=The+user+denied+access&state=s-1`;
    expect(() => parseRedirect(url, 's-1')).toThrow(expect.objectContaining({ code: 'access_denied', message: 'The user denied access' }));
  });

  it('rejects a redirect without a code, or not a URL', () => {
    expect(() => parseRedirect(`${REDIRECT_URI}?state=s-1`, 's-1')).toThrow(expect.objectContaining({ code: 'invalid_redirect' }));
    expect(() => parseRedirect('not a url', 's-1')).toThrow(BoxApiError);
  });
});

describe('token endpoint', () => {
  const tokenBody = { access_token: 'at', expires_in: 3600, refresh_token: 'rt', token_type: 'bearer' };

  it('exchanges a code with the secret, the verifier and the redirect URI', async () => {
    const http = fakeFetch(scripted(json(200, tokenBody)));
    const tokens = await exchangeCode({ fetch: http.fetch }, { ...CLIENT, code: 'c-1', codeVerifier: 'v'.repeat(43), redirectUri: REDIRECT_URI });
    expect(tokens).toEqual({ accessToken: 'at', refreshToken: 'rt', expiresIn: 3600 });
    const call = http.calls[0]!;
    expect(call.url.href).toBe('https://api.box.com/oauth2/token');
    expect(call.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(call.body))).toEqual({
      grant_type: 'authorization_code',
      code: 'c-1',
      code_verifier: 'v'.repeat(43),
      redirect_uri: REDIRECT_URI,
      client_id: CLIENT.clientId,
      client_secret: CLIENT.clientSecret,
    });
    expect(call.headers.get('authorization')).toBeNull();
  });

  it('refreshes with the secret', async () => {
    const http = fakeFetch(scripted(json(200, tokenBody)));
    await refreshTokens({ fetch: http.fetch }, { ...CLIENT, refreshToken: 'rt-0' });
    expect(Object.fromEntries(new URLSearchParams(http.calls[0]?.body))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt-0',
      client_id: CLIENT.clientId,
      client_secret: CLIENT.clientSecret,
    });
  });

  it('turns OAuth errors into BoxApiError with the error code', async () => {
    const http = fakeFetch(scripted(json(400, { error: 'invalid_grant', error_description: 'Invalid refresh token' })));
    await expect(refreshTokens({ fetch: http.fetch }, { ...CLIENT, refreshToken: 'x' })).rejects.toMatchObject({ status: 400, code: 'invalid_grant' });
  });

  it('refuses a token answer without a refresh token', async () => {
    const http = fakeFetch(scripted(json(200, { access_token: 'at', expires_in: 3600 })));
    await expect(refreshTokens({ fetch: http.fetch }, { ...CLIENT, refreshToken: 'x' })).rejects.toMatchObject({ code: 'malformed_response' });
  });

  it('times out', async () => {
    const http = fakeFetch(hang);
    await expect(refreshTokens({ fetch: http.fetch, timeoutMs: 10 }, { ...CLIENT, refreshToken: 'x' })).rejects.toMatchObject({ code: 'timeout' });
  });

  it('revokes a token, and reports a refusal', async () => {
    const http = fakeFetch(scripted(new Response('', { status: 200 }), json(400, { error: 'invalid_client' })));
    await revokeToken({ fetch: http.fetch }, { ...CLIENT, token: 'rt-9' });
    expect(http.calls[0]?.url.href).toBe('https://api.box.com/oauth2/revoke');
    expect(Object.fromEntries(new URLSearchParams(http.calls[0]?.body))).toEqual({ ...{ client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret }, token: 'rt-9' });
    await expect(revokeToken({ fetch: http.fetch }, { ...CLIENT, token: 'x' })).rejects.toMatchObject({ code: 'invalid_client' });
  });
});

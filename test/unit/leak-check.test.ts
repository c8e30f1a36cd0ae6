import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../emulator/index';
import { findLeaks, harvest, newSecrets } from '../e2e/leak-check';

const request = (over: Partial<RecordedRequest>): RecordedRequest => ({ method: 'POST', host: 'api.box.com', path: '/', query: {}, headers: {}, body: null, at: 0, ...over });

describe('leak check', () => {
  const secrets = newSecrets();
  harvest(
    [
      request({ path: '/2.0/sign_requests', headers: { authorization: 'Bearer at-123456' }, body: { signers: [{ email: 'a@b.c', password: 'Tr0ub4dor&3' }] } }),
      request({ path: '/oauth2/token', body: { grant_type: 'refresh_token', client_secret: 'cs-abcdef' } }),
    ],
    secrets,
  );
  const clean = { local: '{"auth.local":{"sealed:v1":true}}', session: '{"auth.session":{"accessToken":"at-123456"}}', sync: '{}', console: '' };

  it('collects what crossed the wire', () => {
    expect([...secrets.passwords, ...secrets.clientSecrets, ...secrets.accessTokens]).toEqual(['Tr0ub4dor&3', 'cs-abcdef', 'at-123456']);
  });

  it('accepts the access token in storage.session only', () => {
    expect(findLeaks(clean, secrets)).toEqual([]);
    expect(findLeaks({ ...clean, local: 'at-123456' }, secrets)).toEqual(['an access token found in local']);
  });

  it('finds passwords and client secrets anywhere, console included', () => {
    expect(findLeaks({ ...clean, console: 'sending Tr0ub4dor&3' }, secrets)).toEqual(['a signer password found in console']);
    expect(findLeaks({ ...clean, sync: 'cs-abcdef' }, secrets)).toEqual(['a client secret found in sync']);
  });
});

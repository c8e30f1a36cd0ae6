import { describe, expect, it } from 'vitest';
import { BoxApiError, isOutcomeUnknown, parseBoxError, storedError, toUserError } from './box-error';
import { boxError, json } from './box.test-helpers';

describe('parseBoxError', () => {
  it('reads a ClientError body', async () => {
    const response = json(403, {
      type: 'error',
      status: 403,
      code: 'cors_origin_not_whitelisted',
      message: 'Access denied - Did you forget to safelist your origin in the CORS config of your app?',
      request_id: 'abc123',
      context_info: { origin: 'chrome-extension://abcdef' },
    });
    const error = await parseBoxError(response, 'file');
    expect(error).toBeInstanceOf(BoxApiError);
    expect(error).toMatchObject({ status: 403, code: 'cors_origin_not_whitelisted', requestId: 'abc123', resource: 'file' });
    expect(error.contextInfo).toEqual({ origin: 'chrome-extension://abcdef' });
  });

  it('reads a 401 with an empty body from the WWW-Authenticate header', async () => {
    const response = new Response('', {
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."' },
    });
    const error = await parseBoxError(response);
    expect(error).toMatchObject({ status: 401, code: 'invalid_token', message: 'The access token provided is invalid.' });
  });

  it('reads a bare 401 as unauthorized', async () => {
    expect(await parseBoxError(new Response('', { status: 401 }))).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('reads an OAuth error body', async () => {
    const error = await parseBoxError(json(400, { error: 'invalid_grant', error_description: 'Refresh token has expired' }));
    expect(error).toMatchObject({ status: 400, code: 'invalid_grant', message: 'Refresh token has expired' });
  });

  it('keeps retry-after in seconds', async () => {
    const error = await parseBoxError(boxError(429, 'rate_limit_exceeded', 'Request rate limit exceeded', { 'retry-after': '7' }));
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_exceeded', retryAfter: 7, requestId: 'req-429-rate_limit_exceeded' });
  });

  it('survives a non-JSON gateway page', async () => {
    const error = await parseBoxError(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'box-request-id': 'hdr-1' } }));
    expect(error).toMatchObject({ status: 502, code: 'http_502', requestId: 'hdr-1', retryAfter: undefined });
  });
});

describe('isOutcomeUnknown', () => {
  const make = (status: number, code: string) => new BoxApiError({ status, code, message: '' });
  it.each([
    [500, 'internal_server_error'],
    [503, 'unavailable'],
    [0, 'timeout'],
    [0, 'network_error'],
    [201, 'malformed_response'],
  ])('is true for %i %s', (status, code) => expect(isOutcomeUnknown(make(status, code))).toBe(true));
  it.each([
    [400, 'bad_request'],
    [401, 'unauthorized'],
    [404, 'not_found'],
    [429, 'rate_limit_exceeded'],
    [0, 'invalid_request'],
    [0, 'not_connected'],
  ])('is false for %i %s', (status, code) => expect(isOutcomeUnknown(make(status, code))).toBe(false));
  it('is false for other errors', () => expect(isOutcomeUnknown(new Error('x'))).toBe(false));
});

describe('toUserError', () => {
  it('tells the page the facts of a Box failure, not words (the page words them: platform/box-words.ts)', () => {
    const contextInfo = { errors: [{ name: 'signers[0].verification_phone_number', message: 'region' }] };
    const error = new BoxApiError({ status: 400, code: 'bad_request', message: 'Bad Request', requestId: 'r1', resource: 'sign_request', contextInfo, retryAfter: 2 });
    expect(toUserError(error)).toEqual({
      message: '',
      code: 'bad_request',
      status: 400,
      requestId: 'r1',
      box: { status: 400, code: 'bad_request', message: 'Bad Request', resource: 'sign_request', contextInfo, retryAfter: 2 },
    });
    expect(toUserError(new BoxApiError({ status: 0, code: 'timeout', message: 'x' }))).not.toHaveProperty('status');
  });

  it('stores a Box failure as its facts, and other failures in words', () => {
    const error = new BoxApiError({ status: 503, code: 'unavailable', message: '' });
    expect(storedError(error)).toEqual(toUserError(error).box);
    expect(storedError(new Error('secret'))).toBe('Something went wrong in the extension. Try again.');
  });

  it('says nothing specific about unknown errors', () => {
    expect(toUserError(new Error('secret payload {"password":"hunter2"}'))).toEqual({
      message: 'Something went wrong in the extension. Try again.',
      code: 'internal_error',
    });
  });
});

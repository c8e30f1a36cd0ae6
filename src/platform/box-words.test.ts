import { describe, expect, it } from 'vitest';
import { BoxApiError, toUserError } from '../background/box/box-error';
import { errorWords, inWords } from './box-words';

describe('a Box failure as the page shows it', () => {
  const user = (init: Partial<ConstructorParameters<typeof BoxApiError>[0]>) =>
    inWords(toUserError(new BoxApiError({ status: 400, code: 'bad_request', message: '', ...init })));

  it('says the session ended on a 401 and keeps the details', () => {
    expect(user({ status: 401, code: 'unauthorized', requestId: 'r1' })).toEqual({
      message: 'Your Box session has ended. Reconnect on the options page.',
      code: 'unauthorized',
      status: 401,
      requestId: 'r1',
    });
    expect(user({ status: 400, code: 'invalid_grant' }).message).toBe('Your Box session has ended. Reconnect on the options page.');
  });

  it('explains the CORS allow-list with the origin Box saw', () => {
    const message = user({ status: 403, code: 'cors_origin_not_whitelisted', contextInfo: { origin: 'chrome-extension://abc' } }).message;
    expect(message).toMatch(/chrome-extension:\/\/abc/);
    expect(message).toMatch(/CORS Domains/);
  });

  it('names what was not found', () => {
    expect(user({ status: 404, code: 'not_found', resource: 'file' }).message).toBe('Box could not find this file, or you do not have access to it.');
    expect(user({ status: 404, code: 'not_found', resource: 'sign_request' }).message).toMatch(/sign request/);
  });

  it('asks for download permission', () => {
    expect(user({ status: 403, code: 'access_denied_insufficient_permissions', message: 'The user does not have download access' }).message).toBe(
      'You need download permission on this file to send it for signature.',
    );
  });

  it('says Box is busy, with the wait when it is long', () => {
    expect(user({ status: 429, code: 'rate_limit_exceeded' }).message).toMatch(/^Box is busy/);
    expect(user({ status: 429, code: 'rate_limit_exceeded', retryAfter: 3600 }).message).toMatch(/about 60 minutes/);
  });

  it('points at the phone number when Box refuses it', () => {
    expect(user({ status: 400, code: 'bad_request', message: 'Invalid verification_phone_number' }).message).toMatch(/phone number/);
  });

  const blaming = (name: string, message: string) => ({ errors: [{ reason: 'invalid_parameter', name, message }] });

  it('says Box Sign is off for the enterprise on a plain 403 from Box Sign, and nothing was sent', () => {
    const message = user({ status: 403, code: 'forbidden', message: 'Box Sign is not enabled for this enterprise', resource: 'sign_request' }).message;
    expect(message).toMatch(/^Box Sign is not turned on for your organisation's Box account, so nothing was sent\. Ask your Box admin/);
    // Whatever words Box uses: the code and the resource decide.
    expect(user({ status: 403, code: 'forbidden', message: '', resource: 'sign_requests' }).message).toBe(message);
    expect(user({ status: 403, code: 'forbidden', message: '', resource: 'file' }).message).not.toBe(message);
  });

  it('says the plan has no Box login for signers when Box refuses login_required', () => {
    const contextInfo = blaming('signers[1].login_required', "Box login verification is not available on this enterprise's plan");
    expect(user({ status: 400, code: 'bad_request', message: 'Bad Request', contextInfo })).toMatchObject({
      message: expect.stringMatching(/does not offer "Box login" for signers, so nothing was sent\. Choose SMS or a password/),
      field: 'signers.1.method',
    });
  });

  it('says Box cannot text the signer\'s country, apart from a phone number Box finds invalid', () => {
    const country = blaming('signers[0].verification_phone_number', "Box Sign cannot send text messages to phone numbers in region 'IR'");
    expect(user({ status: 400, code: 'bad_request', message: 'Bad Request', contextInfo: country })).toMatchObject({
      message: expect.stringMatching(/^Box cannot send text messages to phone numbers in the signer's country/),
      // Beside that signer's phone number in the popup.
      field: 'signers.0.verification',
    });
    const invalid = blaming('signers[0].verification_phone_number', "Invalid value '+1555'. must be a valid phone number");
    expect(user({ status: 400, code: 'bad_request', message: 'Bad Request', contextInfo: invalid }).message).toMatch(/did not accept the signer's phone number/);
  });

  it('names the file when a create finds it gone or not downloadable', () => {
    const gone = blaming('file', "Invalid value '123'. 'file' with value '123' not found");
    expect(user({ status: 404, code: 'not_found', message: 'Not Found', resource: 'sign_request', contextInfo: gone }).message).toBe('Box could not find this file, or you do not have access to it.');
    const noDownload = blaming('file', "The user needs download permission on file '123'");
    expect(user({ status: 403, code: 'access_denied_insufficient_permissions', message: 'Access denied - insufficient permission', resource: 'sign_request', contextInfo: noDownload }).message).toBe(
      'You need download permission on this file to send it for signature.',
    );
  });

  it('covers time-outs, network failures and 5xx without a status of 0', () => {
    const timeout = user({ status: 0, code: 'timeout' });
    expect(timeout.message).toMatch(/too long/);
    expect(timeout).not.toHaveProperty('status');
    expect(user({ status: 0, code: 'network_error' }).message).toMatch(/could not be reached/);
    expect(user({ status: 503, code: 'unavailable' }).message).toMatch(/error 503/);
  });

  it('says nothing specific about unknown errors', () => {
    expect(inWords(toUserError(new Error('secret payload {"password":"hunter2"}')))).toEqual({
      message: 'Something went wrong in the extension. Try again.',
      code: 'internal_error',
    });
  });
});

describe('errorWords', () => {
  it('words a stored Box failure, and leaves words as they are', () => {
    expect(errorWords({ status: 429, code: 'rate_limit_exceeded', message: '', retryAfter: 3600 })).toMatch(/about 60 minutes/);
    expect(errorWords('The organisation does not allow this.')).toBe('The organisation does not allow this.');
  });
});

describe('inWords', () => {
  it('leaves an error whose facts are not Box facts as the worker worded it', () => {
    const error = { message: 'Refused by policy', code: 'policy_refused', box: { status: '400' } };
    expect(inWords(error)).toBe(error);
  });
});

import { describe, expect, it } from 'vitest';
import { BoxApiError } from '../box/box-error';
import { trackingUserError } from './errors';
import { MINUTE } from './rules';
import { TRACKING_ALARM } from './tracker';
import { trackerFixture, T0 } from './tracking.test-helpers';

const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return trackingUserError(error);
  }
  throw new Error('expected a refusal');
};

describe('cancel', () => {
  it('cancels with the reason at Box and shows the request as cancelled; the alarm goes when nothing is pending', async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'sent');
    const updated = await f.tracker.cancel('sr-1', '  Wrong version attached  ');
    expect(f.box.client.cancelSignRequest).toHaveBeenCalledWith('sr-1', 'Wrong version attached');
    expect(updated).toMatchObject({ id: 'sr-1', status: 'cancelled', terminal: true });
    expect(f.alarms.alarms.has(TRACKING_ALARM)).toBe(false);
  });

  it('sends no reason when none was typed', async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'sent');
    await f.tracker.cancel('sr-1', '   ');
    expect(f.box.client.cancelSignRequest).toHaveBeenCalledWith('sr-1', undefined);
  });

  it("puts Box's refusal while converting in plain words and brings the status up to date", async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'converting');
    expect(await refusal(f.tracker.cancel('sr-1'))).toEqual({
      message: 'Box cannot cancel this request while it is still preparing the document. Try again in a minute.',
      code: 'cancel_not_allowed',
      status: 400,
    });
    expect(f.box.client.getSignRequest).toHaveBeenCalledWith('sr-1');
  });

  it('explains a refusal because the signer already signed, as Box reports it', async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'sent');
    f.box.statuses.set('sr-1', 'signed'); // our copy is stale
    expect((await refusal(f.tracker.cancel('sr-1')))?.message).toBe('Box cannot cancel this request: it has already been signed.');
    expect((await f.tracker.list()).requests[0]).toMatchObject({ status: 'signed', terminal: true });
  });

  it('refuses locally what is already final, without asking Box', async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'declined');
    expect((await refusal(f.tracker.cancel('sr-1')))?.message).toBe('This request is declined by the signer, so it cannot be cancelled.');
    expect(f.box.client.cancelSignRequest).not.toHaveBeenCalled();
  });

  it('acts only on requests sent from this browser', async () => {
    const f = trackerFixture();
    expect((await refusal(f.tracker.cancel('not-ours')))?.code).toBe('not_tracked');
    expect((await refusal(f.tracker.resend('not-ours')))?.code).toBe('not_tracked');
    expect(f.box.client.cancelSignRequest).not.toHaveBeenCalled();
    expect(f.box.client.resendSignRequest).not.toHaveBeenCalled();
  });
});

describe('resend', () => {
  it('refuses within 10 minutes of the send, without asking Box', async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'sent');
    f.advance(9 * MINUTE);
    const refused = await refusal(f.tracker.resend('sr-1'));
    expect(refused).toEqual({
      code: 'resend_too_soon',
      message: 'The signers were emailed less than 10 minutes ago. Box allows one resend every 10 minutes: try again in 1 minute.',
    });
    expect(f.box.client.resendSignRequest).not.toHaveBeenCalled();
  });

  it('resends once after 10 minutes, then refuses again for the next 10', async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'sent');
    f.advance(10 * MINUTE);
    const updated = await f.tracker.resend('sr-1');
    expect(updated).toMatchObject({ lastSentAt: T0 + 10 * MINUTE, lastResendAt: T0 + 10 * MINUTE });
    f.advance(3 * MINUTE);
    expect((await refusal(f.tracker.resend('sr-1')))?.message).toMatch(/try again in 7 minutes/);
    expect(f.box.client.resendSignRequest).toHaveBeenCalledTimes(1);
  });

  it('never resends twice on a double click', async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'sent');
    f.advance(11 * MINUTE);
    const results = await Promise.allSettled([f.tracker.resend('sr-1'), f.tracker.resend('sr-1')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(f.box.client.resendSignRequest).toHaveBeenCalledTimes(1);
  });

  it('refuses statuses Box does not resend, and requests nobody has been emailed about yet', async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'signed');
    await f.send('sr-2', 'converting');
    await f.send('sr-3', 'created');
    f.advance(11 * MINUTE);
    expect((await refusal(f.tracker.resend('sr-1')))?.code).toBe('resend_not_allowed');
    expect((await refusal(f.tracker.resend('sr-2')))?.message).toMatch(/still preparing the document/);
    expect((await refusal(f.tracker.resend('sr-3')))?.message).toMatch(/prepare the document/);
    expect(f.box.client.resendSignRequest).not.toHaveBeenCalled();
  });

  it("passes Box's own 400 on (the Box error mapping words it) and keeps the last send time", async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'sent');
    f.advance(11 * MINUTE);
    const tooSoon = new BoxApiError({ status: 400, code: 'bad_request', message: 'Sign request can only be resent once every 10 minutes', resource: 'sign_request' });
    f.box.client.resendSignRequest.mockRejectedValueOnce(tooSoon);
    await expect(f.tracker.resend('sr-1')).rejects.toBe(tooSoon);
    expect((await f.tracker.list()).requests[0]).toMatchObject({ lastSentAt: T0, lastResendAt: null });
  });
});

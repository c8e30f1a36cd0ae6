// The copies Box made of a re-sent POST: recorded beside the request, and cancelled only when Box's
// request carries the send's external_id and was made after the send began.
import { describe, expect, it } from 'vitest';
import { BoxApiError } from '../box/box-error';
import { TRACKING_ALARM } from './tracker';
import { MINUTE } from './rules';
import { trackerFixture, T0 } from './tracking.test-helpers';

const noNames = (ids: readonly string[]) => ids.map((id) => ({ id, name: null }));

describe('copies Box made of a re-sent POST', () => {
  const EXTERNAL_ID = 'secure-sign-00000000-0000-4000-8000-000000000001';
  /** The send began at T0; Box made the copy a second later with our external_id, unless told otherwise. */
  const sendWithCopy = async (f: ReturnType<typeof trackerFixture>, copy: { external_id?: string; created_at?: string } = {}) => {
    f.box.statuses.set('sr-1', 'converting');
    f.box.statuses.set('sr-copy', 'converting');
    f.box.made.set('sr-copy', { external_id: EXTERNAL_ID, created_at: new Date(T0 + 1_000).toISOString(), ...copy });
    const summary = (id: string) => ({ id, status: 'converting', prepareUrl: null, openUrl: 'https://app.box.com/folder/555', signerEmails: ['signer@example.org'] });
    return f.tracker.recordSend(['1'], async () => ({ outcome: 'sent' as const, request: summary('sr-1'), copies: [summary('sr-copy')] }), noNames, {
      newExternalId: () => EXTERNAL_ID,
    });
  };
  const pollConverted = async (f: ReturnType<typeof trackerFixture>) => {
    f.box.statuses.set('sr-1', 'sent');
    f.box.statuses.set('sr-copy', 'sent');
    f.advance(MINUTE);
    await f.tracker.tick();
  };

  it("never cancels a 'copy' whose external_id is not the one recorded for the send", async () => {
    for (const external_id of ['secure-sign-someone-else', undefined]) {
      const f = trackerFixture();
      await sendWithCopy(f, { external_id });
      await pollConverted(f);
      expect(f.box.client.cancelSignRequest).not.toHaveBeenCalled();
      expect((await f.tracker.list()).requests.find((r) => r.id === 'sr-copy')?.status).toBe('sent');
    }
  });

  it("never cancels a 'copy' Box made before the send began (or whose creation time is unknown)", async () => {
    for (const created_at of [new Date(T0 - 1_000).toISOString(), new Date(T0).toISOString(), 'not a date', undefined]) {
      const f = trackerFixture();
      await sendWithCopy(f, { created_at });
      await pollConverted(f);
      expect(f.box.client.cancelSignRequest).not.toHaveBeenCalled();
    }
  });

  it('records the copy beside the request, marked as a copy, seen and never to be notified', async () => {
    const f = trackerFixture();
    await sendWithCopy(f);
    const { requests } = await f.tracker.list();
    expect(requests.map((r) => [r.id, r.copyOf, r.seen])).toEqual([['sr-1', undefined, false], ['sr-copy', 'sr-1', true]]);
    expect(f.alarms.alarms.has(TRACKING_ALARM)).toBe(true);
  });

  it('cancels the copy once Box has converted it, with a reason, and leaves the request alone', async () => {
    const f = trackerFixture();
    await sendWithCopy(f);
    await f.tracker.tick(); // both still converting: Box would refuse a cancel, so none is asked
    expect(f.box.client.cancelSignRequest).not.toHaveBeenCalled();
    f.box.statuses.set('sr-1', 'sent');
    f.box.statuses.set('sr-copy', 'sent');
    f.advance(MINUTE);
    await f.tracker.tick();
    expect(f.box.client.cancelSignRequest).toHaveBeenCalledTimes(1);
    expect(f.box.client.cancelSignRequest).toHaveBeenCalledWith('sr-copy', expect.stringMatching(/twice|dropped/i));
    const { requests } = await f.tracker.list();
    expect(requests.map((r) => [r.id, r.status])).toEqual([['sr-1', 'sent'], ['sr-copy', 'cancelled']]);
    expect(f.notifier.shown).toEqual([]);
  });

  it('a refused cancel is tried again at the next poll', async () => {
    const f = trackerFixture();
    await sendWithCopy(f);
    f.box.statuses.set('sr-copy', 'sent');
    f.box.client.cancelSignRequest.mockRejectedValueOnce(new BoxApiError({ status: 503, code: 'unavailable', message: '' }));
    await f.tracker.tick();
    expect((await f.tracker.list()).requests.find((r) => r.id === 'sr-copy')?.status).toBe('sent');
    f.advance(MINUTE);
    await f.tracker.tick();
    expect((await f.tracker.list()).requests.find((r) => r.id === 'sr-copy')?.status).toBe('cancelled');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { BoxApiError } from '../box/box-error';
import { TrackingError } from './errors';
import { MAX_POLLS_PER_TICK, MINUTE } from './rules';
import { ORPHAN_MAX_AGE_MS, ORPHAN_SETTLE_MS, TRACKING_KEY } from './store';
import { TRACKING_ALARM } from './tracker';
import { trackerFixture, T0 } from './tracking.test-helpers';

const noNames = (ids: readonly string[]) => ids.map((id) => ({ id, name: null }));

describe('recording sends', () => {
  it('records a send Box accepted before answering, with file names and signers, unseen', async () => {
    const f = trackerFixture();
    const outcome = await f.send('sr-1');
    expect(outcome.outcome).toBe('sent');
    // Nobody needs to be listening: the entry is in storage by the time the send resolves.
    const { requests, sending } = await f.tracker.list();
    expect(sending).toBe(0);
    expect(requests).toEqual([
      {
        id: 'sr-1',
        createdAt: T0,
        files: [{ id: '1000000001', name: 'File 1000000001.pdf' }],
        signerEmails: ['signer@example.org'],
        status: 'converting',
        terminal: false,
        lastPolledAt: null,
        lastSentAt: T0,
        lastResendAt: null,
        openUrl: 'https://app.box.com/folder/555',
        prepareUrl: null,
        gone: false,
        seen: false,
      },
    ]);
  });

  it('counts a send in flight, and forgets it when it fails without recording anything', async () => {
    const f = trackerFixture();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sending = f.tracker.recordSend(['1'], async () => {
      await gate;
      throw new BoxApiError({ status: 400, code: 'bad_request', message: 'nope' });
    }, noNames);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await f.tracker.list()).sending).toBe(1);
    release();
    await expect(sending).rejects.toThrow('nope');
    expect(await f.tracker.list()).toMatchObject({ sending: 0, requests: [] });
  });

  it('does not record an unknown outcome as sent', async () => {
    const f = trackerFixture();
    await f.tracker.recordSend(['1'], async () => ({ outcome: 'unknown' as const, externalId: 'x' }), noNames);
    expect((await f.tracker.list()).requests).toEqual([]);
  });

  it('ignores an in-flight marker left by a worker that stopped mid-send', async () => {
    const f = trackerFixture();
    await f.area.set({ [TRACKING_KEY]: { version: 1, requests: [], sending: [{ token: 'old', startedAt: T0 - 3 * MINUTE }] } });
    expect((await f.tracker.list()).sending).toBe(0);
  });

  it('keeps no password or token, whatever the send carried', async () => {
    const f = trackerFixture();
    // A summary carrying more than its schema names: a password and a token that must not be kept.
    const request = {
      id: 'sr-9',
      status: 'sent',
      prepareUrl: null,
      openUrl: null,
      signerEmails: ['hr@example.org'],
      signers: [{ email: 'hr@example.org', role: 'signer', order: null, isSender: false, password: 'hunter2-secret' }],
      password: 'hunter2-secret',
      accessToken: 'Bearer at-123456',
    };
    await f.tracker.recordSend(['1'], async () => ({ outcome: 'sent' as const, request, copies: [{ ...request, id: 'sr-10' }] }), noNames);
    const stored = JSON.stringify(f.area.dump());
    expect(stored).toContain('sr-9'); // the request was recorded
    expect(stored).toContain('sr-10');
    expect(stored).not.toMatch(/password|token|Bearer|hunter2|at-123456/i);
  });

  it('marks requests a popup has shown as seen', async () => {
    const f = trackerFixture();
    await f.send('sr-1');
    await f.send('sr-2');
    const list = await f.tracker.ack(['sr-2']);
    expect(list.requests.map((r) => [r.id, r.seen])).toEqual([
      ['sr-2', true],
      ['sr-1', false],
    ]);
  });
});

describe('a send cut off by a stopped worker', () => {
  type Fixture = ReturnType<typeof trackerFixture>;
  /** Box's list of sign requests, as the lookup by external_id pages through it. */
  function boxList(f: Fixture, answer: () => Promise<{ entries: unknown[]; next_marker: string | null }>) {
    const list = vi.fn(answer);
    Object.assign(f.box.client, { listSignRequests: list });
    return list;
  }
  const leftBehind = (startedAt: number) => ({
    token: 'dead-worker',
    startedAt,
    externalId: 'secure-sign-left',
    files: [{ id: '1000000001', name: 'NDA.pdf' }],
  });
  async function leave(f: Fixture, startedAt = T0) {
    await f.area.set({ [TRACKING_KEY]: { version: 1, requests: [], sending: [leftBehind(startedAt)] } });
  }
  const stored = async (f: Fixture) => (await f.area.get(TRACKING_KEY))[TRACKING_KEY] as { sending: unknown[]; requests: Array<{ id: string }> };

  it('stores the external_id and the named files before the send runs, and hands that id to the send', async () => {
    const f = trackerFixture();
    let during: unknown;
    let given = '';
    await f.tracker.recordSend(
      ['1'],
      async (externalId) => {
        given = externalId;
        during = (await stored(f)).sending;
        return { outcome: 'unknown' as const, externalId };
      },
      (ids) => ids.map((id) => ({ id, name: 'Known.pdf' })),
      { newExternalId: () => 'secure-sign-fixed' },
    );
    expect(given).toBe('secure-sign-fixed');
    expect(during).toEqual([{ token: 't1', startedAt: T0, externalId: 'secure-sign-fixed', files: [{ id: '1', name: 'Known.pdf' }] }]);
    expect((await stored(f)).sending).toEqual(during); // an unknown outcome is kept, to be looked up later
  });

  it('a send that ends with an unknown outcome is looked up later like a stopped one; found → recorded and followed', async () => {
    const f = trackerFixture();
    const outcome = await f.tracker.recordSend(['1'], async (externalId) => ({ outcome: 'unknown' as const, externalId }), noNames, { newExternalId: () => 'secure-sign-unsure' });
    expect(outcome.outcome).toBe('unknown');
    expect(f.alarms.alarms.has(TRACKING_ALARM)).toBe(true); // a tick will ask Box even if no popup opens
    const created = { ...f.box.request('sr-unsure'), status: 'sent', external_id: 'secure-sign-unsure' };
    boxList(f, async () => ({ entries: [created], next_marker: null }));
    f.advance(10_000);
    await f.tracker.tick();
    expect(await f.tracker.list()).toMatchObject({ sending: 0, requests: [{ id: 'sr-unsure', seen: false }] });
    expect(f.box.client.createSignRequest).not.toHaveBeenCalled();
  });

  it('a send that succeeded or failed outright leaves no "sending" entry behind', async () => {
    const f = trackerFixture();
    await f.send('sr-1');
    await f.tracker.recordSend(['1'], async () => Promise.reject(new BoxApiError({ status: 400, code: 'bad_request', message: 'no' })), noNames).catch(() => undefined);
    expect((await stored(f)).sending).toEqual([]);
  });

  it('finds the request Box created by its external_id, records it unseen with the files, starts the alarm, posts nothing', async () => {
    const f = trackerFixture();
    await leave(f);
    const created = { ...f.box.request('sr-left'), status: 'converting', external_id: 'secure-sign-left' };
    const list = boxList(f, async () => ({ entries: [{ ...f.box.request('sr-other'), external_id: 'secure-sign-other' }, created], next_marker: null }));
    expect((await f.tracker.list()).sending).toBe(1); // still on its way, as far as anyone knows
    await f.tracker.settleOrphans();
    expect(list).toHaveBeenCalledTimes(1);
    const after = await f.tracker.list();
    expect(after.sending).toBe(0);
    expect(after.requests).toMatchObject([{ id: 'sr-left', status: 'converting', seen: false, files: [{ id: '1000000001', name: 'NDA.pdf' }] }]);
    expect(f.alarms.alarms.has(TRACKING_ALARM)).toBe(true);
    expect(f.box.client.createSignRequest).not.toHaveBeenCalled();
  });

  it('keeps one Box does not list yet while Box may still be creating it, and forgets it after that', async () => {
    const f = trackerFixture();
    await leave(f);
    boxList(f, async () => ({ entries: [], next_marker: null }));
    await f.tracker.settleOrphans();
    expect((await stored(f)).sending).toHaveLength(1);
    f.advance(ORPHAN_SETTLE_MS);
    await f.tracker.settleOrphans();
    expect(await stored(f)).toMatchObject({ sending: [], requests: [] });
  });

  it('keeps it while Box cannot be asked (offline), retries at most every few seconds, and gives up after a day', async () => {
    const f = trackerFixture();
    await leave(f);
    const list = boxList(f, async () => {
      throw new BoxApiError({ status: 0, code: 'network_error', message: 'offline' });
    });
    await f.tracker.settleOrphans();
    await f.tracker.settleOrphans();
    expect(list).toHaveBeenCalledTimes(1);
    expect((await stored(f)).sending).toHaveLength(1);
    f.advance(ORPHAN_MAX_AGE_MS);
    await f.tracker.settleOrphans();
    expect(list).toHaveBeenCalledTimes(2);
    expect((await stored(f)).sending).toEqual([]);
  });

  it('listSent settles in the background, and a send still running in this worker is never looked up', async () => {
    const f = trackerFixture();
    const list = boxList(f, async () => ({ entries: [], next_marker: null }));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const running = f.tracker.recordSend(['1'], async (externalId) => {
      await gate;
      return { outcome: 'unknown' as const, externalId };
    }, noNames);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await f.tracker.list();
    await f.tracker.settleOrphans();
    expect(list).not.toHaveBeenCalled();
    release();
    await running;

    f.advance(10_000); // past the few seconds between look-ups
    await leave(f, T0 + 10_000);
    await f.tracker.list();
    await vi.waitFor(() => expect(list).toHaveBeenCalledTimes(1));
  });
});

describe('the polling alarm', () => {
  it('exists only while a request is pending, and is cleared when none remain', async () => {
    const f = trackerFixture();
    await f.tracker.syncAlarm();
    expect(f.alarms.alarms.size).toBe(0);
    await f.send('sr-1');
    expect([...f.alarms.alarms]).toEqual([[TRACKING_ALARM, { periodInMinutes: 1 }]]);
    f.box.statuses.set('sr-1', 'signed');
    f.advance(MINUTE);
    await f.tracker.tick();
    expect(f.alarms.alarms.size).toBe(0);
  });

  it('is not created for a send that is already final', async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'error_converting');
    expect(f.alarms.alarms.size).toBe(0);
  });

  it('updates statuses on each tick and stops asking once a request is final', async () => {
    const f = trackerFixture();
    await f.send('sr-1');
    f.advance(MINUTE);
    f.box.statuses.set('sr-1', 'sent');
    await f.tracker.tick();
    expect((await f.tracker.list()).requests[0]).toMatchObject({ status: 'sent', terminal: false, lastPolledAt: T0 + MINUTE });
    f.advance(MINUTE);
    f.box.statuses.set('sr-1', 'declined');
    await f.tracker.tick();
    expect((await f.tracker.list()).requests[0]).toMatchObject({ status: 'declined', terminal: true });
    const calls = f.box.client.getSignRequest.mock.calls.length;
    f.advance(MINUTE);
    await f.tracker.tick();
    expect(f.box.client.getSignRequest.mock.calls.length).toBe(calls);
  });

  it('treats finalizing as pending and keeps statuses it does not know, shown as Box wrote them', async () => {
    const f = trackerFixture();
    await f.send('sr-1');
    f.box.statuses.set('sr-1', 'finalizing');
    f.advance(MINUTE);
    await f.tracker.tick();
    expect((await f.tracker.list()).requests[0]).toMatchObject({ status: 'finalizing', terminal: false });
    f.box.statuses.set('sr-1', 'awaiting_witness');
    f.advance(MINUTE);
    await f.tracker.tick();
    expect((await f.tracker.list()).requests[0]).toMatchObject({ status: 'awaiting_witness', terminal: false });
    expect(f.alarms.alarms.size).toBe(1);
  });

  it('asks Box about a few requests per tick, one after another, least recently asked first', async () => {
    const f = trackerFixture();
    for (let i = 0; i < 25; i++) {
      await f.send(`sr-${i}`, 'sent');
      f.advance(1);
    }
    f.advance(MINUTE);
    let inFlight = 0;
    let most = 0;
    f.box.client.getSignRequest.mockImplementation(async (id: string) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 0));
      inFlight--;
      return f.box.request(id);
    });
    await f.tracker.tick();
    expect(f.box.client.getSignRequest).toHaveBeenCalledTimes(MAX_POLLS_PER_TICK);
    expect(most).toBe(1);
    f.advance(MINUTE);
    await f.tracker.tick();
    const asked = f.box.client.getSignRequest.mock.calls.map(([id]) => id);
    expect(new Set(asked).size).toBe(2 * MAX_POLLS_PER_TICK); // the second tick asked about the others
  });

  it('asks about older requests less often', async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'sent');
    f.advance(2 * 24 * 60 * MINUTE);
    await f.tracker.tick();
    expect(f.box.client.getSignRequest).toHaveBeenCalledTimes(1);
    f.advance(MINUTE);
    await f.tracker.tick();
    expect(f.box.client.getSignRequest).toHaveBeenCalledTimes(1);
    f.advance(30 * MINUTE);
    await f.tracker.tick();
    expect(f.box.client.getSignRequest).toHaveBeenCalledTimes(2);
  });

  it('stops the tick when Box cannot be reached, and marks requests Box no longer has', async () => {
    const f = trackerFixture();
    await f.send('sr-1', 'sent');
    await f.send('sr-2', 'sent');
    f.advance(MINUTE);
    f.box.client.getSignRequest.mockRejectedValueOnce(new BoxApiError({ status: 0, code: 'network_error', message: 'offline' }));
    await f.tracker.tick();
    expect(f.box.client.getSignRequest).toHaveBeenCalledTimes(1);
    f.box.statuses.delete('sr-2');
    f.advance(MINUTE);
    await f.tracker.tick();
    const byId = Object.fromEntries((await f.tracker.list()).requests.map((r) => [r.id, r]));
    expect(byId['sr-2']).toMatchObject({ gone: true, status: 'sent' });
    expect(byId['sr-1']).toMatchObject({ gone: false });
  });

  it('survives a worker restart: a new tracker over the same storage carries on', async () => {
    const f = trackerFixture();
    await f.send('sr-1');
    const { createTracker } = await import('./tracker');
    const restarted = createTracker({ area: f.area, client: f.box.client, now: () => T0 + MINUTE, alarms: f.alarms.api, notifier: f.notifier.api, setting: f.setting });
    f.box.statuses.set('sr-1', 'sent');
    await restarted.tick();
    expect((await restarted.list()).requests[0]).toMatchObject({ id: 'sr-1', status: 'sent' });
  });
});

describe('refresh', () => {
  it('asks Box now, but not about the same request twice within a few seconds', async () => {
    const f = trackerFixture();
    await f.send('sr-1');
    f.box.statuses.set('sr-1', 'sent');
    expect((await f.tracker.refresh()).requests[0]!.status).toBe('sent');
    await f.tracker.refresh('sr-1');
    expect(f.box.client.getSignRequest).toHaveBeenCalledTimes(1);
    f.advance(5_000);
    await f.tracker.refresh('sr-1');
    expect(f.box.client.getSignRequest).toHaveBeenCalledTimes(2);
  });

  it('refuses requests that were not sent from this browser', async () => {
    const f = trackerFixture();
    await expect(f.tracker.refresh('someone-else')).rejects.toBeInstanceOf(TrackingError);
    expect(f.box.client.getSignRequest).not.toHaveBeenCalled();
  });
});

describe('notifications', () => {
  it('tells the user once when a request is signed, only if they turned notifications on', async () => {
    const f = trackerFixture();
    await f.tracker.setNotifications(true);
    await f.send('sr-1');
    f.box.statuses.set('sr-1', 'signed');
    f.advance(MINUTE);
    await f.tracker.tick();
    f.advance(MINUTE);
    await f.tracker.tick();
    await f.tracker.refresh('sr-1');
    expect(f.notifier.shown).toEqual([
      { id: 'secure-sign-request:sr-1', title: 'Signed: File 1000000001.pdf', message: 'signer@example.org signed it. The signed copy is in Box.' },
    ]);
  });

  it('is off by default', async () => {
    const f = trackerFixture();
    await f.send('sr-1');
    f.box.statuses.set('sr-1', 'declined');
    f.advance(MINUTE);
    await f.tracker.tick();
    expect(f.notifier.shown).toEqual([]);
    expect((await f.tracker.list()).notifications).toEqual({ enabled: false, permitted: true, locked: false });
  });

  it('shows nothing without the browser permission, and nothing for a cancel or a non-final change', async () => {
    const f = trackerFixture({ permitted: false });
    await f.tracker.setNotifications(true);
    await f.send('sr-1');
    await f.send('sr-2');
    f.box.statuses.set('sr-1', 'error_sending');
    f.box.statuses.set('sr-2', 'viewed');
    f.advance(MINUTE);
    await f.tracker.tick();
    expect(f.notifier.shown).toEqual([]);

    f.notifier.state.permitted = true;
    await f.tracker.cancel('sr-2');
    f.advance(MINUTE);
    await f.tracker.tick();
    expect(f.notifier.shown).toEqual([]); // sr-1 ended while not permitted: never shown late
  });

  it('is the notifyOnFinish setting, kept with the other settings in storage.sync', async () => {
    const f = trackerFixture();
    await f.sync.set({ settings: { version: 2, defaultCountry: 'DE' } });
    await f.tracker.setNotifications(true);
    expect(f.sync.dump()['settings']).toEqual({ version: 2, defaultCountry: 'DE', notifyOnFinish: true });
    await f.send('sr-1');
    f.box.statuses.set('sr-1', 'signed');
    f.advance(MINUTE);
    await f.tracker.tick();
    expect(f.notifier.shown).toHaveLength(1);
    await f.tracker.setNotifications(false);
    expect(f.sync.dump()['settings']).toEqual({ version: 2, defaultCountry: 'DE' });
  });

  it('follows the organisation when it sets notifyOnFinish, and cannot be changed here then', async () => {
    const f = trackerFixture({ managed: { notifyOnFinish: true } });
    expect((await f.tracker.list()).notifications).toEqual({ enabled: true, permitted: true, locked: true });
    await expect(f.tracker.setNotifications(false)).rejects.toMatchObject({ code: 'setting_locked' });
    await f.send('sr-1');
    f.box.statuses.set('sr-1', 'expired');
    f.advance(MINUTE);
    await f.tracker.tick();
    expect(f.notifier.shown.map((n) => n.title)).toEqual(['Expired: File 1000000001.pdf']);
  });

  it('reports failures and declines in words', async () => {
    const f = trackerFixture();
    await f.tracker.setNotifications(true);
    await f.send('sr-1');
    await f.send('sr-2');
    f.box.statuses.set('sr-1', 'error_converting');
    f.box.statuses.set('sr-2', 'declined');
    f.advance(MINUTE);
    await f.tracker.tick();
    expect(f.notifier.shown.map((n) => n.title).sort()).toEqual(['Declined: File 1000000001.pdf', 'Not sent: File 1000000001.pdf']);
  });
});

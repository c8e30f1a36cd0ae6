// The background's send is wrapped so every request Box accepted is recorded before the answer
// goes back, named with the files Box described; nothing is recorded for a refused send.
import { describe, expect, it, vi } from 'vitest';
import type { Auth } from '../auth/auth';
import { BoxApiError } from '../box/box-error';
import type { BoxClient } from '../box/client';
import { backgroundHandlers } from '../handlers';
import { testServices } from '../handlers.test-helpers';
import { memoryArea } from '../../shared/storage-area';
import { fileNameCache, withTracking } from './handlers';
import { TRACKING_KEY } from './store';
import { createTracker } from './tracker';
import { fakeAlarms, fakeNotifier, T0 } from './tracking.test-helpers';

const sender = { id: 'ext', url: 'chrome-extension://ext/src/popup/index.html' };
const summary = { id: 'sr-1', status: 'converting', prepareUrl: null, openUrl: null, signerEmails: ['signer@example.com'] };

/** Writes land a few milliseconds late, as the browser's do: a write not awaited is seen missing. */
function slowArea() {
  const inner = memoryArea();
  return { ...inner, set: async (items: Record<string, unknown>) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await inner.set(items);
  } };
}

function setup(send: (client: BoxClient) => Promise<unknown>) {
  const box = {
    getFile: vi.fn(async (id: string) => ({ id, name: `Contract ${id}.pdf`, extension: 'pdf', size: 1, canDownload: true })),
    resolveSharedFile: vi.fn(async () => ({ id: '77', name: 'Shared.pdf', extension: 'pdf', size: 1, canDownload: true })),
  } as unknown as BoxClient;
  const area = slowArea();
  const alarms = fakeAlarms();
  const setting = { read: async () => ({ enabled: false, locked: false }), write: async () => undefined };
  const tracker = createTracker({ area, client: box, now: () => T0, alarms: alarms.api, notifier: fakeNotifier().api, setting });
  const names = fileNameCache(box);
  const externalIds: string[] = [];
  const table = withTracking(tracker, names, {} as never, (async (_request: unknown, externalId: string) => {
    externalIds.push(externalId);
    return send(names.client);
  }) as never, () => `secure-sign-test-${externalIds.length + 1}`);
  return { table, names, area, alarms, externalIds };
}

describe('sending records what was sent', () => {
  it('records the request with the names Box gave its files, before answering, and starts the alarm', async () => {
    const { table, alarms, area } = setup(async (client) => {
      await client.getFile('12345');
      return { outcome: 'sent', request: summary };
    });
    // What storage holds the moment the answer is ready, read synchronously in the same turn.
    let storedWhenAnswered: unknown;
    const answer = Promise.resolve(table.sendSignRequest({ fileIds: ['12345', '67890'] } as never, sender)).then((outcome) => {
      storedWhenAnswered = area.dump()[TRACKING_KEY];
      return outcome;
    });
    expect(await answer).toEqual({ outcome: 'sent', request: summary });
    expect(storedWhenAnswered).toMatchObject({ requests: [{ id: 'sr-1' }], sending: [] });
    const list = await table.listSent({}, sender);
    expect(list.requests).toMatchObject([
      { id: 'sr-1', files: [{ id: '12345', name: 'Contract 12345.pdf' }, { id: '67890', name: null }], signerEmails: ['signer@example.com'], seen: false },
    ]);
    expect(alarms.alarms.size).toBe(1);
  });

  it('records nothing when Box refused the send, and passes the error on', async () => {
    const refused = new BoxApiError({ status: 400, code: 'bad_request', message: 'Invalid email' });
    const { table } = setup(async () => {
      throw refused;
    });
    await expect(table.sendSignRequest({ fileIds: ['1'] } as never, sender)).rejects.toBe(refused);
    expect(await table.listSent({}, sender)).toMatchObject({ requests: [], sending: 0 });
  });

  it('remembers names from shared-link look-ups too', async () => {
    const { names } = setup(async () => ({}));
    await names.client.resolveSharedFile('https://app.box.com/s/abc');
    expect(names.files(['77', '77'])).toEqual([{ id: '77', name: 'Shared.pdf' }]);
  });

  it('is part of the background table', () => {
    const h = backgroundHandlers(testServices({ auth: {} as Auth, client: {} as BoxClient }));
    for (const type of ['listSent', 'refreshSent', 'ackSent', 'cancelSignRequest', 'resendSignRequest', 'setNotifications']) {
      expect(typeof (h as Record<string, unknown>)[type]).toBe('function');
    }
  });
});

// Fakes for tracking tests: a Box sign-request service with statuses the test moves on, alarms
// and notifications that record what they were asked. Only *.test.ts files import this.
import { vi } from 'vitest';
import { memoryArea, type StorageArea } from '../../shared/storage-area';
import { BoxApiError } from '../box/box-error';
import type { BoxClient } from '../box/client';
import type { SignRequest } from '../box/schemas';
import { notifySetting } from './setting';
import { createTracker } from './tracker';
import type { AlarmsApi, NotifierApi } from '../../platform/background-apis';

export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

function fakeBox() {
  const statuses = new Map<string, string>();
  /** What Box says of a request besides its status: its external_id and creation time. */
  const made = new Map<string, Pick<SignRequest, 'external_id' | 'created_at'>>();
  const request = (id: string): SignRequest => ({
    ...made.get(id),
    id,
    status: statuses.get(id) ?? 'sent',
    prepare_url: null,
    sender_email: 'ada@example.com',
    parent_folder: { id: '555' },
    signers: [
      { email: 'ada@example.com', role: 'final_copy_reader' },
      { email: 'signer@example.org', role: 'signer' },
    ],
  });
  const notFound = (id: string) => new BoxApiError({ status: 404, code: 'not_found', message: `sign_request ${id} not found`, resource: 'sign_request' });
  const client = {
    getFile: vi.fn(async (id: string) => ({ id, name: `File ${id}.pdf`, extension: 'pdf', size: 1, canDownload: true })),
    createSignRequest: vi.fn(async () => request('sr-new')),
    getSignRequest: vi.fn(async (id: string) => {
      if (!statuses.has(id)) throw notFound(id);
      return request(id);
    }),
    cancelSignRequest: vi.fn(async (id: string, _reason?: string) => {
      if (!statuses.has(id)) throw notFound(id);
      const status = statuses.get(id)!;
      if (status === 'converting' || ['signed', 'declined', 'cancelled', 'expired'].includes(status)) {
        throw new BoxApiError({ status: 400, code: 'bad_request', message: `Sign request cannot be cancelled while its status is '${status}'`, resource: 'sign_request' });
      }
      statuses.set(id, 'cancelled');
      return request(id);
    }),
    resendSignRequest: vi.fn(async (_id: string) => undefined),
  };
  return { statuses, made, client: client as typeof client & BoxClient, request };
}

export function fakeAlarms() {
  const alarms = new Map<string, { periodInMinutes: number }>();
  const api: AlarmsApi = {
    get: async (name) => (alarms.has(name) ? { name, ...alarms.get(name) } : undefined),
    create: (name, info) => void alarms.set(name, { periodInMinutes: info.periodInMinutes }),
    clear: async (name) => alarms.delete(name),
  };
  return { api, alarms };
}

export function fakeNotifier(permitted = true) {
  const shown: Array<{ id: string; title: string; message: string }> = [];
  const state = { permitted };
  const api: NotifierApi = {
    permitted: async () => state.permitted,
    show: async (id, title, message) => void shown.push({ id, title, message }),
  };
  return { api, shown, state };
}

/** `managed`: what storage.managed holds (the organisation's policy). */
/** `wrap`: what the tracker stores through, over `area` (the browser's storage.local): the background seals it. */
export function trackerFixture(options: { permitted?: boolean; managed?: Record<string, unknown>; wrap?: (area: StorageArea) => StorageArea } = {}) {
  const box = fakeBox();
  const alarms = fakeAlarms();
  const notifier = fakeNotifier(options.permitted ?? true);
  const area = memoryArea();
  const sync = memoryArea();
  const setting = notifySetting(sync, async () => options.managed ?? {});
  const clock = { now: T0 };
  let token = 0;
  const tracker = createTracker({
    area: options.wrap?.(area) ?? area,
    client: box.client,
    now: () => clock.now,
    alarms: alarms.api,
    notifier: notifier.api,
    setting,
    newToken: () => `t${++token}`,
  });
  /** Sends through the tracker as the background handler does; Box answers with `status`. */
  const send = async (id: string, status = 'converting', fileIds = ['1000000001']) => {
    box.statuses.set(id, status);
    return tracker.recordSend(
      fileIds,
      async () => ({ outcome: 'sent' as const, request: { id, status, prepareUrl: null, openUrl: 'https://app.box.com/folder/555', signerEmails: ['signer@example.org'] } }),
      (ids) => ids.map((fileId) => ({ id: fileId, name: `File ${fileId}.pdf` })),
    );
  };
  return { tracker, box, alarms, notifier, area, sync, setting, clock, send, advance: (ms: number) => void (clock.now += ms) };
}

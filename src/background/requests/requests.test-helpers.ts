// A fake Box list for "All requests" tests: requests the test edits, served by GET /2.0/sign_requests
// with marker paging through the real client. Only *.test.ts files import this.
import { memoryArea } from '../../shared/storage-area';
import { fixedTokenProvider } from '../auth/fixed-token';
import { createBoxClient } from '../box/client';
import { boxError, fakeFetch, fakeSleep, json } from '../box/box.test-helpers';
import { fakeAlarms, fakeNotifier } from '../tracking/tracking.test-helpers';
import { createDashboard } from './dashboard';

export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

export function boxEntry(i: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'sign-request',
    id: `sr-${i}`,
    name: `Request ${i}.pdf`,
    status: 'sent',
    created_at: new Date(T0 - i * 60_000).toISOString(),
    finished_at: null,
    auto_expire_at: null,
    sender_email: 'ada@example.com',
    parent_folder: { id: '555', type: 'folder' },
    source_files: [{ id: `${1000 + i}`, type: 'file', name: `Request ${i}.docx` }],
    sign_files: { files: [{ id: `${9000 + i}`, type: 'file', name: `Request ${i}.pdf` }], is_ready_for_download: true },
    signing_log: null,
    signers: [
      { email: 'ada@example.com', role: 'final_copy_reader', order: 0, has_viewed_document: false, signer_decision: null },
      { email: `s${i}@example.org`, role: 'signer', order: 0, has_viewed_document: false, signer_decision: null, verification_phone_number: '+14155552671' },
    ],
    ...over,
  };
}

export function dashboardFixture(count = 3, options: { notify?: boolean; tracked?: string[] } = {}) {
  const entries = Array.from({ length: count }, (_, i) => boxEntry(i));
  const limits: number[] = [];
  const faults: Response[] = [];
  const { fetch, calls } = fakeFetch((call) => {
    const fault = faults.shift();
    if (fault) return fault;
    if (call.method === 'GET' && call.url.pathname === '/2.0/sign_requests') {
      const limit = Number(call.url.searchParams.get('limit') ?? 10);
      limits.push(limit);
      const offset = Number(call.url.searchParams.get('marker') ?? 0);
      const next = offset + limit < entries.length ? String(offset + limit) : null;
      return json(200, { limit, next_marker: next, entries: entries.slice(offset, offset + limit) });
    }
    const m = /^\/2\.0\/sign_requests\/([^/]+)\/(cancel|resend)$/.exec(call.url.pathname);
    const entry = entries.find((e) => e['id'] === m?.[1]);
    if (m && entry && m[2] === 'cancel') {
      entry['status'] = 'cancelled';
      return json(200, entry);
    }
    if (m && entry) return new Response(null, { status: 202 });
    return boxError(404, 'not_found');
  });
  const sleep = fakeSleep();
  const client = createBoxClient({ fetch, tokens: fixedTokenProvider('token'), sleep: sleep.sleep });
  const alarms = fakeAlarms();
  const notifier = fakeNotifier(true);
  const setting = { read: async () => ({ enabled: options.notify ?? true, locked: false }), write: async () => undefined };
  const area = memoryArea();
  const clock = { now: T0 };
  const dashboard = createDashboard({
    area, client, now: () => clock.now, alarms: alarms.api, notifier: notifier.api,
    setting, trackedIds: async () => new Set(options.tracked ?? []),
  });
  return { dashboard, client, entries, calls, limits, faults, alarms, notifier, area, clock, sleep, advance: (ms: number) => void (clock.now += ms) };
}

import { describe, expect, it, vi } from 'vitest';
import { memoryArea } from '../../shared/storage-area';
import { batchOfExternalId } from './external-id';
import { bulkDeps, bulkStart, fakeBox } from './bulk.test-helpers';
import { rowPasswords } from './passwords';
import { createBulkQueue } from './queue';
import metadata from 'libphonenumber-js/metadata.max.json' with { type: 'json' };
import { guardedEnforcer, policyEnforcer } from './enforce';
import { NO_GUARD_POLICY } from '../../shared/guard/policy';
import { newSignerHmacKey } from '../../platform/key-store';
import { createSignerMemory, hmacWith } from '../guard/signer-memory';
import { phoneTypes } from '../guard/phone-types';
import { BULK_KEY } from './store';
import { SHIPPED_CONFUSABLES } from '../../shared/guard/confusables.test-helpers';

const externalIds = (box: ReturnType<typeof fakeBox>) => box.created.map((r) => r.external_id);
const noDuplicates = (box: ReturnType<typeof fakeBox>) => expect(new Set(externalIds(box)).size).toBe(box.created.length);

describe('bulk queue', () => {
  it('creates one request per row, each with its own external_id and password, and keeps no password', async () => {
    const box = fakeBox();
    const { deps, local, session } = bulkDeps(box);
    const queue = createBulkQueue(deps);
    const started = await queue.start(bulkStart(5));
    expect(started.counts.remaining).toBe(5);
    expect(JSON.stringify(local.dump())).not.toContain('pw-');
    await queue.wake();
    const view = await queue.status();
    expect(view).toMatchObject({ state: 'done', counts: { done: 5, failed: 0, remaining: 0 }, etaMs: null });
    expect(box.created.map((r) => [r.payload.signers[0]!.email, r.payload.signers[0]!.password])).toEqual(
      [1, 2, 3, 4, 5].map((i) => [`person${i}@example.com`, `pw-${i}`]),
    );
    noDuplicates(box);
    expect(box.created.every((r) => batchOfExternalId(r.external_id) === started.id)).toBe(true); // All requests groups them by it
    expect(view!.rows.every((row) => row.requestId !== null && row.link === 'https://app.box.com/folder/555')).toBe(true);
    expect(JSON.stringify(local.dump())).not.toContain('pw-');
    expect(session.dump()).toEqual({}); // passwords dropped once sent
  });

  it("sends each row's placeholder values as the template's prefill tags", async () => {
    const box = fakeBox();
    const { deps } = bulkDeps(box);
    const queue = createBulkQueue(deps);
    const start = bulkStart(2);
    start.rows[0]!.prefill = [{ tagId: 'start', kind: 'date', value: '2027-01-04' }, { tagId: 'salary', kind: 'text', value: '52,000' }, { tagId: 'ok', kind: 'checkbox', value: true }];
    await queue.start(start);
    await queue.wake();
    expect(box.created.map((r) => r.payload.prefill_tags)).toEqual([
      [{ document_tag_id: 'start', date_value: '2027-01-04' }, { document_tag_id: 'salary', text_value: '52,000' }, { document_tag_id: 'ok', checkbox_value: true }],
      undefined,
    ]);
  });

  it('stays under the create limit in every window', async () => {
    const box = fakeBox();
    const { deps, clock } = bulkDeps(box);
    const times: number[] = [];
    const create = box.client.createSignRequest;
    box.client.createSignRequest = async (payload) => (times.push(clock.now()), create(payload));
    const queue = createBulkQueue(deps);
    await queue.start(bulkStart(10));
    await queue.wake();
    expect(times).toHaveLength(10);
    for (const at of times) expect(times.filter((t) => t >= at && t < at + 1000).length).toBeLessThanOrEqual(3);
    expect(times.at(-1)! - times[0]!).toBe(3000); // and no slower than the limit
  });

  it('honours 429 and retry-after, posting the row again with the same external_id', async () => {
    const box = fakeBox();
    box.fault('ok', '429');
    const { deps, clock } = bulkDeps(box, { concurrency: 1 });
    const queue = createBulkQueue(deps);
    const t0 = clock.now();
    await queue.start(bulkStart(3));
    await queue.wake();
    expect(box.posts()).toBe(4);
    expect(box.created).toHaveLength(3);
    noDuplicates(box);
    expect(clock.now() - t0).toBeGreaterThanOrEqual(2000);
  });

  it('looks up a create whose outcome is unknown instead of posting it again', async () => {
    const box = fakeBox();
    box.fault('created-then-500', '500');
    const { deps } = bulkDeps(box, { concurrency: 1 });
    const queue = createBulkQueue(deps);
    await queue.start(bulkStart(3));
    await queue.wake();
    expect(box.created).toHaveLength(3); // the first found by external_id, the second (not created) posted again
    noDuplicates(box);
    expect((await queue.status())!.counts).toEqual({ done: 3, failed: 0, remaining: 0 });
  });

  it('a connection dropped after Box created the request: found by external_id, not posted again', async () => {
    const box = fakeBox();
    box.fault('ok', 'created-then-dropped', 'created-then-dropped');
    const { deps } = bulkDeps(box, { concurrency: 3 });
    const queue = createBulkQueue(deps);
    await queue.start(bulkStart(5));
    await queue.wake();
    expect(box.created).toHaveLength(5);
    expect(box.posts()).toBe(5);
    noDuplicates(box);
    expect((await queue.status())!.counts).toEqual({ done: 5, failed: 0, remaining: 0 });
  });

  it('a 429 storm: every create refused many times over, each row still made once, none before retry-after', async () => {
    const box = fakeBox();
    box.fault(...Array.from({ length: 12 }, () => '429' as const));
    const { deps, clock } = bulkDeps(box, { concurrency: 3 });
    const times: number[] = [];
    const create = box.client.createSignRequest;
    box.client.createSignRequest = async (payload) => (times.push(clock.now()), create(payload));
    const queue = createBulkQueue(deps);
    await queue.start(bulkStart(6));
    await queue.wake();
    expect(box.created).toHaveLength(6);
    expect(box.posts()).toBe(18);
    noDuplicates(box);
    // After a 429 (retry-after 2 s) nothing is posted for 2 s, whichever row it was.
    for (let i = 1; i < times.length; i++) if (i <= 12 && times[i]! > times[i - 1]!) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(2000);
    expect((await queue.status())!.counts).toEqual({ done: 6, failed: 0, remaining: 0 });
  });

  it('keeps a row sending while Box cannot be asked, and posts nothing for it', async () => {
    const box = fakeBox();
    box.fault('500');
    box.failLists(1);
    const { deps } = bulkDeps(box, { concurrency: 1 });
    const queue = createBulkQueue(deps);
    await queue.start(bulkStart(2));
    await queue.wake();
    expect((await queue.status())!.rows.map((r) => r.status)).toEqual(['sending', 'sent']);
    expect(box.posts()).toBe(2);
  });

  it('after a worker stopped mid-create, finds the request Box made and never posts it twice', async () => {
    const box = fakeBox();
    box.fault('created-then-hang');
    const first = bulkDeps(box, { concurrency: 1 });
    const dead = createBulkQueue({ ...first.deps, sleep: () => new Promise(() => undefined) });
    await dead.start(bulkStart(3));
    await vi.waitFor(() => expect(box.posts()).toBe(1));
    // A new worker: same storage (session survives a worker stop), nothing in flight.
    const next = createBulkQueue({ ...first.deps, store: first.deps.store });
    await next.wake();
    expect(box.created).toHaveLength(3);
    noDuplicates(box);
    expect((await next.status())!.counts.done).toBe(3);
  });

  it('after a worker stopped before Box made it, posts the row again only once Box is surely done', async () => {
    const box = fakeBox();
    box.fault('hang');
    const first = bulkDeps(box, { concurrency: 1 });
    const dead = createBulkQueue({ ...first.deps, sleep: () => new Promise(() => undefined) });
    await dead.start(bulkStart(2));
    await vi.waitFor(() => expect(box.posts()).toBe(1));
    const next = createBulkQueue(first.deps);
    await next.wake();
    expect((await next.status())!.rows.map((r) => r.status)).toEqual(['sending', 'sent']);
    first.clock.advance(60_000);
    await next.wake();
    expect(box.created).toHaveLength(2);
    noDuplicates(box);
    expect((await next.status())!.state).toBe('done');
  });

  it('after a browser restart, pauses rows whose password was lost and resumes with new ones', async () => {
    const box = fakeBox();
    const first = bulkDeps(box);
    const before = createBulkQueue({ ...first.deps, sleep: () => new Promise(() => undefined) });
    const { id } = await before.start(bulkStart(2));
    await before.control(id, 'pause');
    // The browser restarts: storage.session is empty.
    const after = createBulkQueue({ ...first.deps, passwords: rowPasswords(memoryArea()) });
    await after.control(id, 'resume');
    await after.wake();
    const paused = (await after.status(id))!;
    expect(paused.state).toBe('paused');
    expect(paused.pausedReason).toMatch(/passwords/);
    expect(paused.rows.map((r) => r.status)).toEqual(['needs-password', 'needs-password']);
    expect(box.posts()).toBe(0);
    await after.control(id, 'resume', { r1: 'new-1', r2: 'new-2' });
    await after.wake();
    expect((await after.status(id))!.state).toBe('done');
    expect(box.created.map((r) => r.payload.signers[0]!.password)).toEqual(['new-1', 'new-2']);
  });

  it('cancel stops what has not started; created requests stay listed', async () => {
    const box = fakeBox();
    const { deps } = bulkDeps(box, { concurrency: 1, pace: { limit: 2, windowMs: 60_000, marginMs: 0 } });
    const queue = createBulkQueue({ ...deps, sleep: () => new Promise(() => undefined) });
    const { id } = await queue.start(bulkStart(5));
    await vi.waitFor(async () => expect((await queue.status(id))!.counts.done).toBe(2));
    const view = await queue.control(id, 'cancel');
    expect(view.state).toBe('cancelled');
    expect(view.rows.map((r) => r.status)).toEqual(['sent', 'sent', 'cancelled', 'cancelled', 'cancelled']);
    expect(box.created).toHaveLength(2);
  });

  it('writes no password for a batch that is cancelled, running or done, nor for rows that need none', async () => {
    const box = fakeBox();
    const { deps, session } = bulkDeps(box);
    const queue = createBulkQueue({ ...deps, sleep: () => new Promise(() => undefined) });
    const { id } = await queue.start(bulkStart(2, { phone: true }));
    await queue.control(id, 'pause');
    await queue.control(id, 'resume', { r1: 'sneaky-1' }); // r1 is an SMS row: it needs no password
    await queue.control(id, 'cancel');
    await queue.control(id, 'resume', { r1: 'sneaky-2', r2: 'sneaky-3' });
    expect((await queue.status(id))!.state).toBe('cancelled');
    expect(JSON.stringify(session.dump())).not.toContain('sneaky');
  });

  it('pauses only a running batch, cancels a paused one, and leaves a finished batch as it is', async () => {
    const box = fakeBox();
    const { deps } = bulkDeps(box, { concurrency: 1, pace: { limit: 2, windowMs: 60_000, marginMs: 0 } });
    const queue = createBulkQueue({ ...deps, sleep: () => new Promise(() => undefined) });
    const { id } = await queue.start(bulkStart(4));
    await vi.waitFor(async () => expect((await queue.status(id))!.counts.done).toBe(2));
    expect((await queue.control(id, 'pause')).state).toBe('paused');
    const cancelled = await queue.control(id, 'cancel');
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.rows.map((r) => r.status)).toEqual(['sent', 'sent', 'cancelled', 'cancelled']);

    const done = createBulkQueue(bulkDeps(fakeBox(), { concurrency: 1 }).deps);
    const finished = await done.start(bulkStart(1));
    await done.wake();
    for (const action of ['pause', 'cancel'] as const) {
      const view = await done.control(finished.id, action);
      expect([view.state, view.rows.map((r) => r.status)], action).toEqual(['done', ['sent']]);
    }
  });

  it('retries failed rows on request', async () => {
    const box = fakeBox();
    box.fault('400');
    const { deps } = bulkDeps(box, { concurrency: 1 });
    const queue = createBulkQueue(deps);
    const { id } = await queue.start(bulkStart(2));
    await queue.wake();
    const failed = (await queue.status(id))!;
    expect(failed.counts).toEqual({ done: 1, failed: 1, remaining: 0 });
    // Box's failure as its facts: the page words them (platform/box-words.ts).
    expect(failed.rows[0]!.error).toMatchObject({ status: 400, code: 'bad_request', message: 'Bad Request', resource: 'sign_request' });
    await queue.control(id, 'retry-failed');
    await queue.wake();
    expect((await queue.status(id))!.counts).toEqual({ done: 2, failed: 0, remaining: 0 });
    expect(box.created.map((r) => r.payload.signers[0]!.password)).toEqual(['pw-2', 'pw-1']);
  });

  // The batch finished between the page showing Cancel and the click: the cancel changes nothing in the
  // batch, but the user asked to stop, so the failed row's password kept for a retry goes too.
  it('a cancel that arrives after the batch finished still drops the passwords kept for failed rows', async () => {
    const box = fakeBox();
    box.fault('400');
    const { deps, session } = bulkDeps(box, { concurrency: 1 });
    const queue = createBulkQueue(deps);
    const { id } = await queue.start(bulkStart(2));
    await queue.wake();
    expect((await queue.status(id))!.counts).toEqual({ done: 1, failed: 1, remaining: 0 });
    expect(JSON.stringify(session.dump())).toContain('pw-1');
    expect((await queue.control(id, 'cancel')).state).toBe('done');
    expect(JSON.stringify(session.dump())).not.toContain('pw-');
  });

  it('keeps an alarm while rows are waiting, none after', async () => {
    const box = fakeBox();
    const { deps, alarms } = bulkDeps(box);
    const queue = createBulkQueue(deps);
    await queue.start(bulkStart(1));
    expect(alarms.size).toBe(1);
    await queue.wake();
    expect(alarms.size).toBe(0);
  });

  it('drops a damaged batch from storage without failing', async () => {
    const box = fakeBox();
    const { deps, local } = bulkDeps(box);
    await local.set({ [BULK_KEY]: { batches: [{ id: 'x' }], posts: 'nope' } });
    expect(await createBulkQueue(deps).status()).toBeNull();
  });
});

describe('bulk queue and the organisation policy', () => {
  it('runs every row through the background policy check: refused rows fail with the reason, nothing posted for them', async () => {
    const box = fakeBox();
    const { deps } = bulkDeps(box, { concurrency: 1 });
    const enforce = policyEnforcer(box.client, async () => ({ allowedMethods: ['password'] }), deps.now);
    const queue = createBulkQueue({ ...deps, enforce });
    const start = bulkStart(2);
    start.rows[1]!.signer = { ...start.rows[1]!.signer, verification: { kind: 'sms', phone: '+14155552671' }, password: null };
    const { id } = await queue.start(start);
    await queue.wake();
    const view = (await queue.status(id))!;
    expect(view.rows.map((r) => r.status)).toEqual(['sent', 'failed']);
    expect(view.rows[1]!.error).toEqual(expect.stringMatching(/\w/)); // the policy's refusal in words
    expect(box.created.map((r) => r.payload.signers[0]!.email)).toEqual(['person1@example.com']);
  });
});

describe('bulk queue and the signer guard policy', () => {
  it('refuses rows that break minPasswordLength, blockLookalikeDomains or blockLandlineSms, with the reason; posts the others', async () => {
    const box = fakeBox();
    const { deps } = bulkDeps(box, { concurrency: 1 });
    const key = newSignerHmacKey();
    const policy = { ...NO_GUARD_POLICY, internalDomains: ['example.com'], minPasswordLength: 12, blockLookalikeDomains: true, blockLandlineSms: true };
    const guard = { memory: createSignerMemory(memoryArea(), hmacWith(() => key), deps.now), policy: async () => policy, phoneTypes: phoneTypes(async () => metadata), confusables: async () => SHIPPED_CONFUSABLES };
    const queue = createBulkQueue({ ...deps, enforce: guardedEnforcer(guard, async (request) => request) });
    const start = bulkStart(5);
    const rows = start.rows.map((row) => row.signer);
    rows[0]!.password = 'long enough pass';
    rows[1]!.password = 'short';
    Object.assign(rows[2]!, { verification: { kind: 'sms', phone: '+442079460958' }, password: null }); // a London landline
    Object.assign(rows[3]!, { email: 'bob@examp1e.com', password: 'long enough pass' });
    Object.assign(rows[4]!, { verification: { kind: 'sms', phone: '+447400123456' }, password: null }); // a UK mobile
    const { id } = await queue.start(start);
    await queue.wake();
    const view = (await queue.status(id))!;
    expect(view.rows.map((r) => r.status)).toEqual(['sent', 'failed', 'failed', 'failed', 'sent']);
    expect(view.rows[1]!.error).toMatch(/at least 12 characters/);
    expect(view.rows[2]!.error).toMatch(/\+442079460958/);
    expect(view.rows[3]!.error).toMatch(/examp1e\.com/);
    expect(box.created.map((r) => r.payload.signers[0]!.email)).toEqual(['person1@example.com', 'person5@example.com']);
  });
});

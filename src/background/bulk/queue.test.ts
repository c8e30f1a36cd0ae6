import { describe, expect, it, vi } from 'vitest';
import { memoryArea } from '../../shared/storage-area';
import { bulkDeps, bulkStart, fakeBox } from './bulk.test-helpers';
import { rowPasswords } from './passwords';
import { createBulkQueue } from './queue';
import { policyEnforcer } from './enforce';
import { BULK_KEY } from './store';

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
    expect(view!.rows.every((row) => row.requestId !== null && row.link === 'https://app.box.com/folder/555')).toBe(true);
    expect(JSON.stringify(local.dump())).not.toContain('pw-');
    expect(session.dump()).toEqual({}); // passwords dropped once sent
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
    expect(failed.rows[0]!.error).toBeTruthy();
    await queue.control(id, 'retry-failed');
    await queue.wake();
    expect((await queue.status(id))!.counts).toEqual({ done: 2, failed: 0, remaining: 0 });
    expect(box.created.map((r) => r.payload.signers[0]!.password)).toEqual(['pw-2', 'pw-1']);
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
    expect(view.rows[1]!.error).toBeTruthy();
    expect(box.created.map((r) => r.payload.signers[0]!.email)).toEqual(['person1@example.com']);
  });
});

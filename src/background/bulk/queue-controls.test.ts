// The queue's controls and its bookkeeping, beyond the sending itself (queue.test.ts): which old
// batches make room for a new one, what resume and retry-failed set going, and which passwords a
// control keeps. Each test kills mutants of queue.ts that the sending tests leave alive (issue 17).
import { describe, expect, it, vi } from 'vitest';
import { bulkDeps, bulkStart, fakeBox } from './bulk.test-helpers';
import { memoryArea } from '../../shared/storage-area';
import { rowPasswords } from './passwords';
import { createBulkQueue } from './queue';
import { MAX_BATCHES, type Batch, type StoredRow } from './store';

const never = () => new Promise<void>(() => undefined);

/** A stored batch with one row per status; paused batches are left alone by the runner. */
function storedBatch(id: string, state: Batch['state'], statuses: StoredRow['status'][]): Batch {
  const rows = statuses.map((status, i): StoredRow => ({
    id: `${id}-r${i}`,
    name: null,
    signer: { email: `s${i}@example.com`, role: 'signer', order: null, verification: { kind: 'none' }, password: null },
    needsPassword: false,
    externalId: `${id}-x${i}`,
    status,
    startedAt: null,
    requestId: status === 'sent' ? `sr-${id}-${i}` : null,
    link: null,
    error: null,
  }));
  return { id, name: null, createdAt: 0, base: bulkStart(1).base, state, pausedReason: null, rows };
}

describe('bulk queue: room for a new batch', () => {
  it('drops the oldest finished batches to stay at MAX_BATCHES, never one with rows still to send, and keeps the order', async () => {
    const { deps } = bulkDeps(fakeBox());
    // Newest first, as stored: a batch still to send at each end, finished ones between (one partly sent).
    const finished = Array.from({ length: MAX_BATCHES - 2 }, (_, i) => storedBatch(`f${i + 1}`, 'done', ['sent', 'failed']));
    const open = (id: string) => storedBatch(id, 'paused', ['sent', 'pending']);
    await deps.store.update((state) => void (state.batches = [open('p1'), ...finished, open('p2')]));
    const queue = createBulkQueue(deps);
    const { id } = await queue.start(bulkStart(1));
    const kept = (await deps.store.read()).batches.map((b) => b.id);
    // Two open batches and the new one leave room for MAX_BATCHES - 3 finished ones: the newest.
    expect(kept).toEqual([id, 'p1', ...finished.slice(0, MAX_BATCHES - 3).map((b) => b.id), 'p2']);
  });

  it('keeps every batch while there is room', async () => {
    const { deps } = bulkDeps(fakeBox());
    await deps.store.update((state) => void (state.batches = [storedBatch('f1', 'done', ['sent']), storedBatch('p1', 'paused', ['pending'])]));
    const { id } = await createBulkQueue(deps).start(bulkStart(1));
    expect((await deps.store.read()).batches.map((b) => b.id)).toEqual([id, 'f1', 'p1']);
  });
});

describe('bulk queue: what the controls set going', () => {
  /** A batch of password rows, paused by a worker that then stopped; `deps` for the next worker. */
  async function pausedBatch(count: number) {
    const box = fakeBox();
    const first = bulkDeps(box);
    const before = createBulkQueue({ ...first.deps, sleep: never });
    const { id } = await before.start(bulkStart(count));
    await before.control(id, 'pause');
    return { box, id, ...first };
  }

  it('resume sends the rows at once, without waiting for the alarm', async () => {
    const { box, id, deps } = await pausedBatch(2);
    const queue = createBulkQueue(deps);
    expect((await queue.control(id, 'resume')).state).toBe('running');
    await vi.waitFor(async () => expect((await queue.status(id))!.state).toBe('done'));
    expect(box.created).toHaveLength(2);
  });

  it('retry-failed sends the failed rows again at once, without waiting for the alarm', async () => {
    const box = fakeBox();
    box.fault('400', '400');
    const { deps } = bulkDeps(box, { concurrency: 1 });
    const queue = createBulkQueue(deps);
    const { id } = await queue.start(bulkStart(2));
    await queue.wake();
    expect((await queue.status(id))!.state).toBe('done');
    const retried = await queue.control(id, 'retry-failed');
    expect([retried.state, retried.rows.map((r) => r.status)]).toEqual(['running', ['pending', 'pending']]);
    await vi.waitFor(async () => expect((await queue.status(id))!.counts).toEqual({ done: 2, failed: 0, remaining: 0 }));
  });

  it('pause, cancel and retry-failed keep none of the passwords sent with them; resume keeps them', async () => {
    const { id, deps } = await pausedBatch(2);
    const session = memoryArea(); // the browser restarted: the rows wait for their passwords
    const queue = createBulkQueue({ ...deps, passwords: rowPasswords(session), sleep: never });
    await queue.wake();
    expect((await queue.status(id))!.rows.map((r) => r.status)).toEqual(['needs-password', 'needs-password']);
    for (const action of ['pause', 'retry-failed'] as const) await queue.control(id, action, { r1: `by-${action}` });
    expect(JSON.stringify(session.dump())).not.toContain('by-');
    const resumed = await queue.control(id, 'resume', { r1: 'by-resume' });
    // r2 still waits for its password: the batch stays paused.
    expect([resumed.state, resumed.rows.map((r) => r.status)]).toEqual(['paused', ['pending', 'needs-password']]);
    expect(JSON.stringify(session.dump())).toContain('by-resume');
    const cancelled = await queue.control(id, 'cancel', { r2: 'by-cancel' });
    expect(cancelled.rows.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    expect(session.dump()).toEqual({});
  });
});

describe('bulk queue: passwords and cancel', () => {
  it("cancel drops the passwords of the rows it stops, and only that batch's", async () => {
    const box = fakeBox();
    const { deps, session } = bulkDeps(box, { concurrency: 1, pace: { limit: 2, windowMs: 60_000, marginMs: 0 } });
    const queue = createBulkQueue({ ...deps, sleep: never });
    const { id } = await queue.start(bulkStart(4));
    await vi.waitFor(async () => expect((await queue.status(id))!.counts.done).toBe(2));
    const newer = bulkStart(1);
    newer.rows[0]!.signer.password = 'newer-pw';
    await queue.start(newer); // now the first batch in the store
    expect(JSON.stringify(session.dump())).toContain('pw-3');
    await queue.control(id, 'cancel');
    expect(Object.values(session.dump())).toEqual([{ r1: 'newer-pw' }]);
  });

  it('a resume that a cancel overtakes keeps none of its passwords', async () => {
    const box = fakeBox();
    const first = bulkDeps(box);
    const before = createBulkQueue({ ...first.deps, sleep: never });
    const { id } = await before.start(bulkStart(2));
    await before.control(id, 'pause');
    await before.start(bulkStart(1)); // a newer batch, first in the store
    // The next read is held: the resume sees the batch paused, the cancel lands before the resume writes.
    let release!: () => void;
    let hold: Promise<void> | null = null;
    const store = { ...first.deps.store, read: async () => {
      const state = await first.deps.store.read();
      const held = hold;
      hold = null;
      if (held) await held;
      return state;
    } };
    const session = memoryArea(); // the browser restarted: the rows wait for their passwords
    const queue = createBulkQueue({ ...first.deps, store, passwords: rowPasswords(session), sleep: never });
    await queue.wake();
    hold = new Promise((resolve) => (release = resolve));
    const resumed = queue.control(id, 'resume', { r1: 'late-1', r2: 'late-2' });
    expect((await queue.control(id, 'cancel')).state).toBe('cancelled');
    release();
    await resumed;
    expect(session.dump()).toEqual({});
  });
});

describe('bulk queue: which rows a control touches', () => {
  it('a resume of a running batch changes no password', async () => {
    const { deps, session } = bulkDeps(fakeBox(), { concurrency: 1, pace: { limit: 1, windowMs: 60_000, marginMs: 0 } });
    const queue = createBulkQueue({ ...deps, sleep: never });
    const { id } = await queue.start(bulkStart(2));
    await vi.waitFor(async () => expect((await queue.status(id))!.counts.done).toBe(1));
    const view = await queue.control(id, 'resume', { r2: 'replaced' });
    expect(view.state).toBe('running');
    expect(Object.values(session.dump())).toEqual([{ r2: 'pw-2' }]);
  });


  it('a resume keeps passwords only for rows still waiting: not for sent rows nor for a create already posted', async () => {
    const box = fakeBox();
    box.fault('ok', 'hang'); // r1 is created; r2's create never answers; r3 waits for the pace
    const first = bulkDeps(box, { concurrency: 2, pace: { limit: 2, windowMs: 60_000, marginMs: 0 } });
    const before = createBulkQueue({ ...first.deps, sleep: never });
    const { id } = await before.start(bulkStart(3));
    await vi.waitFor(() => expect(box.posts()).toBe(2));
    await vi.waitFor(async () => expect((await before.status(id))!.rows.map((r) => r.status)).toEqual(['sent', 'sending', 'pending']));
    await before.control(id, 'pause');
    const session = memoryArea(); // the browser restarted
    const queue = createBulkQueue({ ...first.deps, passwords: rowPasswords(session), sleep: never });
    await queue.wake();
    expect((await queue.status(id))!.rows.map((r) => r.status)).toEqual(['sent', 'sending', 'needs-password']);
    await queue.control(id, 'resume', { r1: 'late-1', r2: 'late-2', r3: 'new-3' });
    expect(JSON.stringify(session.dump())).toContain('new-3');
    expect(JSON.stringify(session.dump())).not.toContain('late-');
  });

  it('retry-failed puts failed rows back in line: a running batch keeps running, a paused one stays paused, a cancelled one is left as it is', async () => {
    /** A batch whose first row Box refused, the others held back by the pace. */
    const failedFirst = async () => {
      const box = fakeBox();
      box.fault('400');
      const { deps } = bulkDeps(box, { concurrency: 1, pace: { limit: 1, windowMs: 60_000, marginMs: 0 } });
      const queue = createBulkQueue({ ...deps, sleep: never });
      const { id } = await queue.start(bulkStart(2));
      await vi.waitFor(async () => expect((await queue.status(id))!.counts.failed).toBe(1));
      return { queue, id };
    };
    const one = await failedFirst();
    // Only retry-failed puts a failed row back in line.
    expect((await one.queue.control(one.id, 'pause')).rows.map((r) => r.status)).toEqual(['failed', 'pending']);
    const paused = await one.queue.control(one.id, 'retry-failed');
    expect([paused.state, paused.rows.map((r) => r.status)]).toEqual(['paused', ['pending', 'pending']]);

    const running = await failedFirst();
    const retried = await running.queue.control(running.id, 'retry-failed');
    expect([retried.state, retried.rows.map((r) => r.status)]).toEqual(['running', ['pending', 'pending']]);

    const two = await failedFirst();
    await two.queue.control(two.id, 'cancel');
    const cancelled = await two.queue.control(two.id, 'retry-failed');
    expect([cancelled.state, cancelled.rows.map((r) => r.status)]).toEqual(['cancelled', ['failed', 'cancelled']]);
  });
  it("cancel drops every password of the batch, a failed row's too: a cancelled batch never sends again", async () => {
    const box = fakeBox();
    box.fault('400');
    const { deps, session } = bulkDeps(box, { concurrency: 1, pace: { limit: 1, windowMs: 60_000, marginMs: 0 } });
    const queue = createBulkQueue({ ...deps, sleep: never });
    const { id } = await queue.start(bulkStart(2));
    await vi.waitFor(async () => expect((await queue.status(id))!.counts.failed).toBe(1));
    expect(JSON.stringify(session.dump())).not.toBe('{}'); // the failed row's password, kept for retry-failed
    await queue.control(id, 'cancel');
    expect(JSON.stringify(session.dump())).not.toMatch(/pw-\d/);
    expect(await rowPasswords(session).get(id)).toEqual({});
  });
});

describe('bulk queue: start', () => {
  /** A template with one signer placeholder after the sender's own row, as Box lists it. */
  const withTemplate = (box: ReturnType<typeof fakeBox>, row: Record<string, unknown>) => {
    box.client.getSignTemplate = async (id) => ({ type: 'sign-template', id, name: 'Offer', are_recipients_locked: true, signers: [{ role: 'final_copy_reader' }, { role: 'signer', ...row }] }) as never;
    const start = bulkStart(2);
    start.base.templateId = 'tpl-1';
    return start;
  };

  it('checks the template against one row: each row is a request of its own, with one signer', async () => {
    const box = fakeBox();
    const { deps } = bulkDeps(box);
    const queue = createBulkQueue(deps);
    const { id } = await queue.start(withTemplate(box, {}));
    await queue.wake();
    expect((await queue.status(id))!.counts).toEqual({ done: 2, failed: 0, remaining: 0 });
  });

  it("refuses the whole batch when a row does not fit the template, before storing or posting anything", async () => {
    const box = fakeBox();
    const { deps, local } = bulkDeps(box);
    const queue = createBulkQueue(deps);
    await expect(queue.start(withTemplate(box, { is_phone_number_required: true }))).rejects.toMatchObject({ code: 'template_mismatch' });
    expect(box.posts()).toBe(0);
    expect(local.dump()).toEqual({});
  });

  it('keeps no password entry for rows that need none', async () => {
    const box = fakeBox();
    box.fault('hang'); // nothing is sent, so no password is dropped
    const { deps, session } = bulkDeps(box, { concurrency: 1 });
    const start = bulkStart(2);
    start.rows[1]!.signer = { ...start.rows[1]!.signer, verification: { kind: 'sms', phone: '+14155552671' }, password: null };
    await createBulkQueue(deps).start(start);
    expect(Object.values(session.dump())).toEqual([{ r1: 'pw-1' }]);
  });
});

describe('bulk queue: status', () => {
  it('shows the batch asked for, else the newest', async () => {
    const { deps } = bulkDeps(fakeBox());
    const queue = createBulkQueue({ ...deps, sleep: never });
    const older = await queue.start(bulkStart(1));
    const newer = await queue.start(bulkStart(2));
    expect((await queue.status(older.id))!.id).toBe(older.id);
    expect((await queue.status())!.id).toBe(newer.id);
    expect(await queue.status('no-such-batch')).toBeNull();
  });
});

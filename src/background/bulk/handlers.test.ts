import { describe, expect, it } from 'vitest';
import type { Signer } from '../../shared/messages';
import { memoryArea } from '../../shared/storage-area';
import { newSignerHmacKey } from '../../platform/key-store';
import { createSignerMemory, hmacWith } from '../guard/signer-memory';
import type { Tracker } from '../tracking/tracker';
import { bulkDeps, bulkStart, fakeBox } from './bulk.test-helpers';
import { inGroups, recordInSent } from './handlers';
import { createBulkQueue } from './queue';

const signer = (email: string): Signer => ({ email, role: 'signer', order: null, verification: { kind: 'none' }, password: null });

describe('bulk rows and the signer guard memory', () => {
  it('writes what arrives during a write together, once that write ends', async () => {
    const writes: string[][] = [];
    let release!: () => void;
    const first = new Promise<void>((resolve) => (release = resolve));
    const remember = inGroups(async (signers) => {
      writes.push(signers.map((s) => s.email));
      if (writes.length === 1) await first;
    });
    const done = [remember([signer('a@x.com')]), remember([signer('b@x.com')]), remember([signer('c@x.com')])];
    release();
    await Promise.all(done);
    expect(writes).toEqual([['a@x.com'], ['b@x.com', 'c@x.com']]);
  });

  it("remembers each bulk row's phone once Box created it, as the popup's send does (a later changed number is flagged)", async () => {
    const box = fakeBox();
    const { deps } = bulkDeps(box);
    const key = newSignerHmacKey();
    const memory = createSignerMemory(memoryArea(), hmacWith(() => key), deps.now);
    const tracker = { recordSend: async (_ids: unknown, send: (id: string) => Promise<unknown>) => send('x') } as unknown as Tracker;
    const queue = createBulkQueue({ ...deps, onCreated: recordInSent(tracker, inGroups((signers) => memory.remember(signers))) });
    await queue.start(bulkStart(2, { phone: true }));
    await queue.wake();
    const phones = await memory.check([
      { email: 'person1@example.com', phone: '+14155552600' },
      { email: 'person2@example.com', phone: '+14155559999' },
    ]);
    expect(phones.map((p) => p.status)).toEqual(['same', 'changed']);
    expect(await memory.domains()).toEqual(['example.com']);
  });
});

import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../shared/storage-area';
import type { Signer } from '../../shared/messages';
import { newSignerHmacKey } from '../../platform/key-store';
import { createSignerMemory, DOMAINS_KEY, hmacWith, PHONES_KEY } from './signer-memory';

const sms = (email: string, phone: string): Signer => ({ email, role: 'signer', order: null, verification: { kind: 'sms', phone }, password: null }) as unknown as Signer;
const NOV_3 = Date.UTC(2026, 10, 3, 12);

async function setup() {
  const area = memoryArea();
  const key = await newSignerHmacKey();
  const memory = createSignerMemory(area, hmacWith(async () => key), () => NOV_3);
  return { area, memory, key };
}

describe('signer memory', () => {
  it('knows nobody at first', async () => {
    const { memory } = await setup();
    expect(await memory.check([{ email: 'ann@example.com', phone: '+447400123471' }])).toEqual([{ status: 'new', last2: null, at: null }]);
  });

  it('says when a known signer has a different number: its last two digits and when', async () => {
    const { memory } = await setup();
    await memory.remember([sms('Ann@Example.com', '+447400123471')]);
    expect(await memory.check([{ email: 'ann@example.com', phone: '+447400123471' }, { email: 'ann@example.com', phone: '+447400123499' }])).toEqual([
      { status: 'same', last2: '71', at: NOV_3 },
      { status: 'changed', last2: '71', at: NOV_3 },
    ]);
  });

  it('keeps the newest number', async () => {
    const { memory } = await setup();
    await memory.remember([sms('ann@example.com', '+447400123471')]);
    await memory.remember([sms('ann@example.com', '+447400123499')]);
    expect(await memory.check([{ email: 'ann@example.com', phone: '+447400123499' }])).toEqual([{ status: 'same', last2: '99', at: NOV_3 }]);
  });

  it('stores no number and no address in clear', async () => {
    const { area, memory } = await setup();
    await memory.remember([sms('ann@example.com', '+447400123471')]);
    const dump = JSON.stringify(area.dump());
    expect(dump).not.toContain('7400123471');
    expect(dump).not.toContain('ann@');
    expect(dump).toContain('"last2":"71"');
    expect(area.dump()[DOMAINS_KEY]).toEqual(['example.com']);
  });

  it('a key from another profile recognises nothing', async () => {
    const { area, memory } = await setup();
    await memory.remember([sms('ann@example.com', '+447400123471')]);
    const other = await newSignerHmacKey();
    const elsewhere = createSignerMemory(area, hmacWith(async () => other), () => NOV_3);
    expect(await elsewhere.check([{ email: 'ann@example.com', phone: '+447400123471' }])).toEqual([{ status: 'new', last2: null, at: null }]);
  });

  it('forgets one signer, or everyone and the domains', async () => {
    const { area, memory } = await setup();
    await memory.remember([sms('ann@example.com', '+447400123471'), sms('bob@example.org', '+447400123472')]);
    await memory.forget('ANN@example.com');
    const both = [{ email: 'ann@example.com', phone: '+447400123471' }, { email: 'bob@example.org', phone: '+447400123472' }];
    expect((await memory.check(both)).map((r) => r.status)).toEqual(['new', 'same']);
    await memory.forget();
    expect((await memory.check(both)).map((r) => r.status)).toEqual(['new', 'new']);
    expect(area.dump()[PHONES_KEY]).toBeUndefined();
    expect(await memory.domains()).toEqual([]);
  });

  it('lists the domains sent to, newest first, once each', async () => {
    const { memory } = await setup();
    await memory.remember([sms('a@one.com', '+447400123471')]);
    await memory.remember([sms('b@two.com', '+447400123472'), sms('c@ONE.com', '+447400123473')]);
    expect(await memory.domains()).toEqual(['two.com', 'one.com']);
  });

  it('reads damaged storage as empty', async () => {
    const area = memoryArea({ [PHONES_KEY]: 'nonsense', [DOMAINS_KEY]: { no: 1 } });
    const key = await newSignerHmacKey();
    const memory = createSignerMemory(area, hmacWith(async () => key), () => NOV_3);
    expect(await memory.domains()).toEqual([]);
    expect(await memory.check([{ email: 'ann@example.com', phone: '+447400123471' }])).toEqual([{ status: 'new', last2: null, at: null }]);
  });
});

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

describe('signer memory: bounds and damaged entries', () => {
  it('keeps the 500 newest numbers and the 200 newest domains', async () => {
    const area = memoryArea();
    const key = await newSignerHmacKey();
    let now = NOV_3;
    const memory = createSignerMemory(area, hmacWith(async () => key), () => now);
    const signer = (i: number) => sms(`p${i}@d${i}.com`, `+4474001${String(i).padStart(5, '0')}`);
    const asked = (i: number) => ({ email: `p${i}@d${i}.com`, phone: `+4474001${String(i).padStart(5, '0')}` });
    await memory.remember(Array.from({ length: 500 }, (_, i) => signer(i)));
    now += 1000;
    await memory.remember([signer(500)]);
    expect(Object.keys(area.dump()[PHONES_KEY] as object)).toHaveLength(500);
    expect((await memory.check([asked(500), asked(0)])).map((r) => r.status)).toEqual(['same', 'same']);
    const domains = await memory.domains();
    expect(domains).toHaveLength(200);
    expect([domains[0], domains[1], domains.at(-1)]).toEqual(['d500.com', 'd0.com', 'd198.com']);
  });

  it('drops damaged entries one by one and keeps the sound ones', async () => {
    const { area, memory } = await setup();
    await memory.remember([sms('ann@example.com', '+447400123471')]);
    const sound = area.dump()[PHONES_KEY] as Record<string, unknown>;
    const damaged = { a: { phone: 1, last2: '12', at: 1 }, b: { phone: 'x', last2: '1', at: 1 }, c: { phone: 'x', last2: '12', at: '1' }, d: null, e: { phone: 'x', last2: '123', at: 1 } };
    await area.set({ [PHONES_KEY]: { ...sound, ...damaged } });
    expect(await memory.check([{ email: 'ann@example.com', phone: '+447400123471' }])).toEqual([{ status: 'same', last2: '71', at: NOV_3 }]);
    await memory.remember([sms('bob@example.com', '+447400123472')]);
    expect(Object.keys(area.dump()[PHONES_KEY] as object)).toHaveLength(2);
  });

  it('remembers no number for a signer without SMS, but their domain', async () => {
    const { area, memory } = await setup();
    await memory.remember([{ ...sms('ann@example.org', '+447400123471'), verification: { kind: 'none' } } as unknown as Signer]);
    expect(area.dump()[PHONES_KEY]).toEqual({});
    expect(await memory.domains()).toEqual(['example.org']);
  });

  it('tags with unpadded base64url HMAC-SHA-256', async () => {
    // A fixed key, so the tags are known: these texts' MACs contain both characters base64url replaces.
    const key = await crypto.subtle.importKey('raw', new Uint8Array(32).fill(7), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const keyed = hmacWith(async () => key);
    const tags = await Promise.all(Array.from({ length: 40 }, (_, i) => keyed(`email:person${i}@example.com`)));
    for (const tag of tags) expect(tag).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tags.join('')).toMatch(/-/);
    expect(tags.join('')).toMatch(/_/);
  });
});

describe('signer memory: what is stored and read back', () => {
  it('reads what an earlier version stored under its storage keys', async () => {
    // The keys are a storage format: renaming one would lose every signer's number and domain.
    const { area: first, memory } = await setup();
    await memory.remember([sms('ann@example.com', '+447400123471')]);
    expect(Object.keys(first.dump()).sort()).toEqual(['sentDomains', 'signerPhones']);
    const key = await newSignerHmacKey();
    const area = memoryArea({ sentDomains: ['one.com', 'two.com'] });
    const again = createSignerMemory(area, hmacWith(async () => key), () => NOV_3);
    expect(await again.domains()).toEqual(['one.com', 'two.com']);
  });

  it('reads a null record as empty, and drops what is not a domain', async () => {
    const area = memoryArea({ [PHONES_KEY]: null, [DOMAINS_KEY]: ['one.com', 5, null, { d: 'x.com' }, 'two.com'] });
    const key = await newSignerHmacKey();
    const memory = createSignerMemory(area, hmacWith(async () => key), () => NOV_3);
    expect(await memory.check([{ email: 'ann@example.com', phone: '+447400123471' }])).toEqual([{ status: 'new', last2: null, at: null }]);
    expect(await memory.domains()).toEqual(['one.com', 'two.com']);
  });

  it('stores no domain for an address without one', async () => {
    const { area, memory } = await setup();
    await memory.remember([sms('ann@localhost', '+447400123471'), sms('bob@example.com', '+447400123472')]);
    expect(area.dump()[DOMAINS_KEY]).toEqual(['example.com']);
  });

  it('knows a signer whatever spaces surround the address', async () => {
    const { memory } = await setup();
    await memory.remember([sms(' ann@example.com ', '+447400123471')]);
    expect(await memory.check([{ email: 'ann@example.com', phone: '+447400123471' }])).toEqual([{ status: 'same', last2: '71', at: NOV_3 }]);
  });

  it('does not take a dotless-i address for a dotted one', async () => {
    // Upper-casing folds "ı" and "i" both to "I": two addresses would share one memory.
    const { memory } = await setup();
    await memory.remember([sms('ayse.kilic@example.com.tr', '+905321234567')]);
    expect(await memory.check([{ email: 'ayse.kılıc@example.com.tr', phone: '+905321234567' }])).toEqual([{ status: 'new', last2: null, at: null }]);
  });

  it('tags unpadded for a key whose MAC base64 pads twice (SHA-512, 64 bytes)', async () => {
    const key = await crypto.subtle.importKey('raw', new Uint8Array(64).fill(7), { name: 'HMAC', hash: 'SHA-512' }, false, ['sign']);
    const tag = await hmacWith(async () => key)('email:ann@example.com');
    expect(tag).toMatch(/^[A-Za-z0-9_-]{86}$/);
  });
});

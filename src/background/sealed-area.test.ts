import { describe, expect, it } from 'vitest';
import { memoryArea } from '../shared/storage-area';
import { sealedArea } from './sealed-area';
import { newSealingKey } from '../platform/key-store';

describe('sealedArea', () => {
  it('stores only ciphertext and reads the value back', async () => {
    const inner = memoryArea();
    const key = await newSealingKey();
    const area = sealedArea(inner, async () => key);
    await area.set({ 'auth.local': { refreshToken: 'rt-secret-123', clientSecret: 'cs-456' } });
    expect(JSON.stringify(inner.dump())).not.toMatch(/rt-secret-123|cs-456/);
    expect(await area.get('auth.local')).toEqual({ 'auth.local': { refreshToken: 'rt-secret-123', clientSecret: 'cs-456' } });
  });

  it('reads values sealed under another key, tampered or left in plain text as absent', async () => {
    const inner = memoryArea();
    await sealedArea(inner, newSealingKey).set({ a: 'one' });
    const other = sealedArea(inner, newSealingKey);
    expect(await other.get('a')).toEqual({});
    await inner.set({ b: 'plain' });
    expect(await other.get(['a', 'b'])).toEqual({});
  });

  it('removes through to the inner area', async () => {
    const inner = memoryArea();
    const key = await newSealingKey();
    const area = sealedArea(inner, async () => key);
    await area.set({ a: 1 });
    await area.remove('a');
    expect(inner.dump()).toEqual({});
  });
});

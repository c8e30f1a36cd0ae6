import { describe, expect, it } from 'vitest';
import { confusablesFrom, confusablesLoader } from './confusables';
import { SHIPPED_CONFUSABLES } from './confusables.test-helpers';

describe('confusablesFrom (the look-alike table as the package ships it)', () => {
  it('maps every character of a group to its prototype', () => {
    expect([...confusablesFrom({ l: '1\u0661', rn: 'm' })]).toEqual([['1', 'l'], ['\u0661', 'l'], ['m', 'rn']]);
  });

  it('reads the shipped file: one prototype per character', () => {
    expect(SHIPPED_CONFUSABLES.size).toBe(293);
  });

  it.each([null, [], 'l=1', {}, { L: '1' }, { l: '' }, { l: 1 }, { 'l=': '1' }])('refuses %j', (groups) => {
    expect(() => confusablesFrom(groups)).toThrow(/^Look-alike table/);
  });
});

describe('confusablesLoader', () => {
  it('reads the file once, and again only after a failure', async () => {
    const answers: (() => unknown)[] = [
      () => {
        throw new Error('offline');
      },
      () => ({ l: '1' }),
    ];
    let reads = 0;
    const load = confusablesLoader(async () => answers[reads++]!());
    await expect(load()).rejects.toThrow('offline');
    expect((await load()).get('1')).toBe('l');
    expect(await load()).toBe(await load());
    expect(reads).toBe(2);
  });

  it('does not keep a table it could not read', async () => {
    let reads = 0;
    const load = confusablesLoader(async () => (reads++ === 0 ? { l: 5 } : { l: '1' }));
    await expect(load()).rejects.toThrow(/^Look-alike table/);
    expect((await load()).get('1')).toBe('l');
  });
});

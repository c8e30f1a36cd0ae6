import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { recordOf } from './record';

const key = z.string().check(z.regex(/^[a-z0-9_-]{1,10}$/));
const value = z.string().check(z.minLength(1), z.maxLength(5));
const ours = recordOf(key, value);
const zods = z.record(key, value);

const withSymbol = { a: 'x', [Symbol('s')]: 'y' };
const hidden = Object.defineProperty({ a: 'x' }, 'BAD KEY', { value: 'y', enumerable: false });
const protoKey = JSON.parse('{"a":"x","__proto__":"not checked"}') as unknown;
const inputs: unknown[] = [
  {}, { a: 'x' }, { a: 'x', b_2: 'yyyyy' }, { a: '' }, { a: 'toolong' }, { 'BAD KEY': 'x' }, { a: 1 }, { a: null },
  { 1: 'x' }, withSymbol, hidden, protoKey, Object.create(null), Object.assign(Object.create(null), { a: 'x' }),
  [], ['x'], null, undefined, 'a', 3, new Map([['a', 'x']]), new Date(0),
];

describe('recordOf', () => {
  it.each(inputs.map((input, i) => [i, input]))('accepts and returns what z.record does (input %i)', (_, input) => {
    const expected = zods.safeParse(input);
    const actual = ours.safeParse(input);
    expect(actual.success).toBe(expected.success);
    if (expected.success) expect(actual.data).toStrictEqual(expected.data);
  });

  it('returns a copy, without a __proto__ key', () => {
    const input = { a: 'x' };
    const parsed = ours.parse(input);
    expect(parsed).not.toBe(input);
    expect(Object.hasOwn(ours.parse(protoKey), '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(ours.parse(protoKey))).toBe(Object.prototype);
  });
});

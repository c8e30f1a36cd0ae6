import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { whole, wholeCheck } from './whole';

const inputs: unknown[] = [0, 1, -1, 7, 1.5, -0.5, 2 ** 53 - 1, 2 ** 53, -(2 ** 53), 1e300, NaN, Infinity, -Infinity, -0, '1', null, undefined, true, [1], {}];

describe('whole', () => {
  it.each(inputs.map((input, i) => [i, input]))('accepts and returns what z.int() does (input %i)', (_, input) => {
    const expected = z.int().safeParse(input);
    const actual = whole().safeParse(input);
    expect(actual.success).toBe(expected.success);
    if (expected.success) expect(Object.is(actual.data, expected.data)).toBe(true);
  });

  it('runs no check after a fraction, and gives its own message', () => {
    const schema = z.number().check(wholeCheck('whole days'), z.maximum(3, 'too many'));
    const result = schema.safeParse(4.5);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['whole days']);
  });
});

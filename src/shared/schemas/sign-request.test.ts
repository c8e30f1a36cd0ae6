import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { EmailSchema } from './sign-request';

describe('EmailSchema', () => {
  it('accepts exactly the addresses z.email() accepts (up to its length cap)', () => {
    const inputs = [
      'a@example.com', 'first.last+tag@sub.example.co.uk', "o'brien@example.ie", 'a_b-c@ex-ample.org', 'A@EXAMPLE.COM',
      '', 'a', 'a@', '@example.com', 'a@example', 'a@example.c', 'a..b@example.com', '.a@example.com', 'a.@example.com',
      'a b@example.com', 'a@exa mple.com', 'a@-example.com', 'a@example.com.', 'ü@example.com', 'a@exämple.com', ' a@example.com',
    ];
    const zods = z.email();
    for (const input of inputs) expect(EmailSchema.safeParse(input).success, input).toBe(zods.safeParse(input).success);
    expect(EmailSchema.safeParse(`${'a'.repeat(250)}@example.com`).success).toBe(false);
  });
});

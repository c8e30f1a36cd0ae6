import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { EmailSchema, SendOutcomeSchema } from './sign-request';

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

// The popup checks the background's answer to `sendSignRequest` against this schema: an answer it refuses
// shows "bad reply" instead of the request that was sent, or instead of "it may have been sent".
describe('SendOutcomeSchema', () => {
  const summary = { id: '4a2b9e1c-0d3f-4e5a-8b6c-7d8e9f0a1b2c', status: 'sent', prepareUrl: null, openUrl: null, signerEmails: ['a@example.com'] };

  it('reads a sent request, with the copies a re-sent POST made', () => {
    const sent = { outcome: 'sent', request: summary, copies: [{ ...summary, id: '5a2b9e1c-0d3f-4e5a-8b6c-7d8e9f0a1b2c' }] };
    expect(SendOutcomeSchema.parse(sent)).toEqual(sent);
  });

  it('reads an unknown outcome with the external ID to look for', () => {
    expect(SendOutcomeSchema.parse({ outcome: 'unknown', externalId: 'ext-1' })).toEqual({ outcome: 'unknown', externalId: 'ext-1' });
  });

  it.each([
    [{ outcome: 'sent' }],
    [{ outcome: 'unknown' }],
    [{ outcome: '', request: summary }],
    [{ outcome: '', externalId: 'ext-1' }],
    [{ outcome: 'failed', externalId: 'ext-1' }],
  ])('refuses %j', (answer) => {
    expect(SendOutcomeSchema.safeParse(answer).success).toBe(false);
  });
});

import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { BoxApiError, toUserError } from '../background/box/box-error';
import { createHandler } from '../background/message-handler';
import { createClient, MessageError } from './messaging';

const protocol = {
  add: { request: z.object({ a: z.number(), b: z.number() }), response: z.number() },
  fail: { request: z.object({}), response: z.number() },
};

type Sender = { trusted: boolean };

function setup(allow = true) {
  const handlers = {
    add: vi.fn(({ a, b }: { a: number; b: number }) => a + b),
    fail: vi.fn(async (): Promise<number> => {
      throw new Error('boom');
    }),
  };
  const handler = createHandler(protocol, handlers, {
    allowSender: (s: Sender) => allow && s.trusted,
    toUserError: (e) => ({ message: `failed: ${(e as Error).message}`, code: 'x' }),
  });
  const client = createClient(protocol, async (m) => handler(m, { trusted: true }));
  return { handlers, handler, client };
}

describe('messaging', () => {
  it('round-trips a typed request and validates the response', async () => {
    expect(await setup().client('add', { a: 2, b: 3 })).toBe(5);
  });

  it('carries handler errors as MessageError with the user-facing detail', async () => {
    await expect(setup().client('fail', {})).rejects.toMatchObject({ name: 'MessageError', detail: { message: 'failed: boom', code: 'x' } });
  });

  it('puts a Box failure\'s facts into words, with the field Box blamed, as the page receives it', async () => {
    const contextInfo = { errors: [{ name: 'signers[0].verification_phone_number', message: "cannot text region 'IR'" }] };
    const handler = createHandler(protocol, { add: () => 0, fail: async () => { throw new BoxApiError({ status: 400, code: 'bad_request', message: 'Bad Request', contextInfo }); } }, {
      allowSender: () => true,
      toUserError,
    });
    const client = createClient(protocol, async (m) => handler(m, { trusted: true }));
    const error = await client('fail', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect((error as MessageError).message).toMatch(/^Box cannot send text messages to phone numbers in the signer's country/);
    expect((error as MessageError).detail).toEqual({ message: (error as MessageError).message, code: 'bad_request', status: 400, field: 'signers.0.verification' });
  });

  it('ignores untrusted senders before looking at the payload', () => {
    const { handler, handlers } = setup();
    expect(handler({ type: 'add', data: { a: 1, b: 1 } }, { trusted: false })).toBeUndefined();
    expect(handlers.add).not.toHaveBeenCalled();
  });

  it('gives an untrusted sender with an INVALID payload nothing, without parsing the payload', () => {
    const { handler, handlers } = setup();
    const parse = vi.spyOn(protocol.add.request, 'safeParse');
    try {
      expect(handler({ type: 'add', data: { a: 'x' } }, { trusted: false })).toBeUndefined();
      expect(parse).not.toHaveBeenCalled();
      expect(handlers.add).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('ignores unknown and malformed messages, including prototype keys', () => {
    const { handler } = setup();
    expect(handler({ type: 'nope', data: {} }, { trusted: true })).toBeUndefined();
    expect(handler({ type: 'toString', data: {} }, { trusted: true })).toBeUndefined();
    expect(handler('add', { trusted: true })).toBeUndefined();
  });

  it('refuses an invalid payload without calling the handler', async () => {
    const { handler, handlers } = setup();
    expect(await handler({ type: 'add', data: { a: '1', b: 1 } }, { trusted: true })).toEqual({
      ok: false,
      error: { code: 'invalid_message', message: expect.stringMatching(/\w+ \w+/) },
    });
    expect(handlers.add).not.toHaveBeenCalled();
  });

  it('leaves the request to the receiver, which checks it once and refuses an invalid one', async () => {
    const { client, handlers } = setup();
    await expect(client('add', { a: '1', b: 1 } as never)).rejects.toMatchObject({ name: 'MessageError', detail: { code: 'invalid_message' } });
    expect(handlers.add).not.toHaveBeenCalled();
  });

  it('sends the request as given: parsing it is the receiver\'s job', async () => {
    const seen: unknown[] = [];
    const client = createClient(protocol, async (message) => {
      seen.push(message);
      return { ok: true, data: 3 };
    });
    await client('add', { a: 1, b: 2, extra: true } as never);
    expect(seen).toEqual([{ type: 'add', data: { a: 1, b: 2, extra: true } }]);
  });

  it('rejects a reply that does not match the response schema', async () => {
    const client = createClient(protocol, async () => ({ ok: true, data: 'five' }));
    await expect(client('add', { a: 1, b: 1 })).rejects.toBeInstanceOf(MessageError);
  });

  it('turns a missing receiver into plain words', async () => {
    const client = createClient(protocol, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(client('add', { a: 1, b: 1 })).rejects.toMatchObject({ detail: { code: 'unreachable' } });
  });

  describe('with a protocol loaded on first use', () => {
    it('loads it once, as the first message is sent, and still checks every reply against it', async () => {
      const load = vi.fn(async () => protocol);
      const replies: unknown[] = [{ ok: true, data: 3 }, { ok: true, data: 'three' }];
      const client = createClient(load, async () => replies.shift());
      expect(load).not.toHaveBeenCalled();
      expect(await client('add', { a: 1, b: 2 })).toBe(3);
      await expect(client('add', { a: 1, b: 2 })).rejects.toMatchObject({ detail: { code: 'bad_reply' } });
      expect(load).toHaveBeenCalledTimes(1);
    });

    it('starts loading it before the reply comes, not after', async () => {
      const order: string[] = [];
      const client = createClient(
        async () => (order.push('load'), protocol),
        async () => (order.push('send'), { ok: true, data: 1 }),
      );
      await client('add', { a: 0, b: 1 });
      expect(order).toEqual(['load', 'send']);
    });

    it('tries a failed load again with the next message', async () => {
      const load = vi.fn().mockRejectedValueOnce(new Error('chunk gone')).mockResolvedValue(protocol);
      const client = createClient(load, async () => ({ ok: true, data: 2 }));
      await expect(client('add', { a: 1, b: 1 })).rejects.toThrow('chunk gone');
      expect(await client('add', { a: 1, b: 1 })).toBe(2);
      expect(load).toHaveBeenCalledTimes(2);
    });
  });
});

// Fuzzing the two places hostile data enters: messages between contexts and Box's responses.
// Fixed seeds, thousands of inputs: nothing crashes, nothing the schema refuses gets through.
import { describe, expect, it, vi } from 'vitest';
import type * as z from 'zod/mini';
import { backgroundProtocol, contentProtocol, type Protocol } from '../../src/shared/messages';
import { createHandler } from '../../src/background/message-handler';
import { BoxApiError, boxErrorFromParts } from '../../src/background/box/box-error';
import { BoxFileSchema, BoxUserSchema, SignRequestSchema, SignRequestsSchema, parseResponse } from '../../src/background/box/schemas';
import { mutate, randomValue, seeded } from './random';

const RUNS = 3000;

function fuzzProtocol(name: string, protocol: Protocol, seed: number) {
  it(`${name}: every message is parsed before any handler runs, and nothing throws`, async () => {
    const rng = seeded(seed);
    const types = Object.keys(protocol);
    const calls: Array<{ type: string; data: unknown }> = [];
    const handlers = Object.fromEntries(types.map((type) => [type, vi.fn(async (data: unknown) => void calls.push({ type, data }))]));
    const handle = createHandler(protocol, handlers as never, { allowSender: () => true, toUserError: () => ({ message: 'x' }) });
    for (let i = 0; i < RUNS; i++) {
      const type = rng() < 0.8 ? types[Math.floor(rng() * types.length)]! : (JSON.stringify(randomValue(rng, 3)) ?? 'undefined');
      const message = rng() < 0.1 ? randomValue(rng, 0, ['type', 'data']) : { type, data: mutate(rng, randomValue(rng, 1, ['fileId', 'id', 'signer', 'fileIds', 'token']), ['fileId']) };
      const reply = handle(message, {});
      if (reply !== undefined) expect(await reply).toHaveProperty('ok');
    }
    // Some inputs were valid and reached a handler; whatever did is exactly what its schema accepts.
    expect(calls.length).toBeGreaterThan(10);
    for (const call of calls) expect(protocol[call.type]!.request.safeParse(call.data).success).toBe(true);
  });
}

describe('fuzz: message handlers', () => {
  fuzzProtocol('background protocol', backgroundProtocol, 0xb0c5);
  fuzzProtocol('content protocol', contentProtocol, 0xc0de);
});

describe('fuzz: Box response parsers', () => {
  const valid = {
    type: 'sign-request',
    id: '22a990ce-4e24-463b-b2f4-124820fe161a',
    status: 'converting',
    signers: [{ email: 'ada@example.com', role: 'final_copy_reader', order: 0 }],
    prepare_url: null,
    parent_folder: { id: '111111111', type: 'folder' },
  };
  const schemas = { SignRequestSchema, SignRequestsSchema, BoxFileSchema, BoxUserSchema };

  it('parse or throw BoxApiError, never anything else', () => {
    const rng = seeded(0x5157);
    const headers = new Headers();
    for (let i = 0; i < RUNS; i++) {
      const [name, schema] = Object.entries(schemas)[i % 4]!;
      const body = rng() < 0.5 ? mutate(rng, valid, ['status', 'id', 'signers', 'entries']) : randomValue(rng);
      const text = rng() < 0.05 ? '{"truncated": ' : JSON.stringify(body) ?? '';
      try {
        parseResponse(schema, { status: 200, text, headers }, 'sign_request');
      } catch (error) {
        if (!(error instanceof BoxApiError)) throw new Error(`${name} threw ${String(error)} for ${text.slice(0, 200)}`);
      }
    }
  });

  it('ACCEPT every valid body, whatever fields and statuses Box adds, and keep what we read', () => {
    // A parser refusing everything would pass the test above: here each valid body must get through.
    const rng = seeded(0xacce);
    const extraKeys = ['extra', 'new_field', 'signing_log', 'template_id', 'is_new', 'metadata'];
    const withExtras = (body: Record<string, unknown>) => {
      const out: Record<string, unknown> = { ...body };
      for (let n = Math.floor(rng() * 4); n > 0; n--) out[extraKeys[Math.floor(rng() * extraKeys.length)]!] = randomValue(rng, 2);
      return out;
    };
    const strings = ['converting', 'created', 'sent', 'viewed', 'signed', 'error_converting', 'weird_new_status', '', '<img src=x onerror=alert(1)>', 'x'.repeat(5000)];
    const anyString = () => strings[Math.floor(rng() * strings.length)]!;
    const bodies: Array<[string, z.ZodMiniType, () => Record<string, unknown>, (parsed: Record<string, unknown>) => void]> = [
      ['sign request', SignRequestSchema, () => withExtras({ ...valid, status: anyString(), signers: [withExtras(valid.signers[0]!)] }), (p) => expect(p['id']).toBe(valid.id)],
      ['sign request list', SignRequestsSchema, () => withExtras({ entries: [withExtras(valid), withExtras({ id: 'other' })], next_marker: rng() < 0.5 ? null : rng() < 0.5 ? 'm2' : 7, limit: 100 }), (p) => expect((p['entries'] as unknown[]).length).toBe(2)],
      ['file', BoxFileSchema, () => withExtras({ type: 'file', id: '1000000001', name: anyString(), permissions: withExtras({ can_download: rng() < 0.5 }) }), (p) => expect(p['id']).toBe('1000000001')],
      ['user', BoxUserSchema, () => withExtras({ type: 'user', id: '20000001', name: 'Ada', login: 'ada@example.com' }), (p) => expect(p['login']).toBe('ada@example.com')],
    ];
    for (let i = 0; i < RUNS; i++) {
      const [name, schema, make, check] = bodies[i % bodies.length]!;
      const text = JSON.stringify(make());
      let parsed: Record<string, unknown>;
      try {
        parsed = parseResponse(schema, { status: 200, text, headers: new Headers() }, 'sign_request') as Record<string, unknown>;
      } catch (error) {
        throw new Error(`${name} refused a valid body: ${text.slice(0, 300)} (${String(error)})`);
      }
      check(parsed);
    }
  });

  it('error bodies of any shape become a BoxApiError with a string code', () => {
    const rng = seeded(0xe77);
    for (let i = 0; i < RUNS; i++) {
      const status = [400, 401, 403, 404, 409, 429, 500, 502][i % 8]!;
      const headers = new Headers(rng() < 0.3 ? { 'retry-after': JSON.stringify(randomValue(rng)) ?? '', 'www-authenticate': 'Bearer error="x' } : {});
      const text = rng() < 0.1 ? '<html>oops</html>' : JSON.stringify(randomValue(rng, 0, ['type', 'code', 'message', 'error', 'request_id', 'context_info'])) ?? '';
      const error = boxErrorFromParts({ status, headers, text });
      expect(error).toBeInstanceOf(BoxApiError);
      expect(typeof error.code).toBe('string');
      expect(error.retryAfter === undefined || Number.isFinite(error.retryAfter)).toBe(true);
    }
  });
});

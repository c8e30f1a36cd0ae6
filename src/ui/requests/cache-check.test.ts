import { describe, expect, it } from 'vitest';
import { encodeCache, HEAD_ROWS, REQUESTS_HEAD_KEY, REQUESTS_KEY } from '../../shared/requests-cache';
import { isListedRequest, parseCache } from './cache-check';
import { listed } from './requests.test-helpers';

describe('the cached list, as a page reads it', () => {
  it('keeps each request that fits and leaves out one that does not', () => {
    const good = listed();
    const stored = encodeCache({ refreshedAt: 5, requests: [good, { ...good, id: 'bad', signers: [{ email: 'x', state: 'asleep' }] } as never, listed({ id: 'r2' })], error: null, backoffUntil: 0, limited: 0 });
    const cache = parseCache(stored[REQUESTS_KEY]);
    expect(cache.requests.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(cache.refreshedAt).toBe(5);
  });

  it('reads the last walk\'s failure as words or as Box facts, and nothing else', () => {
    const facts = { status: 503, code: 'unavailable', message: '', resource: 'sign_requests' as const };
    const read = (error: unknown) => parseCache(encodeCache({ refreshedAt: 1, requests: [], error: error as never, backoffUntil: 0, limited: 0 })[REQUESTS_KEY]).error;
    expect(read('Box is busy')).toBe('Box is busy');
    expect(read(facts)).toEqual(facts);
    expect(read({ ...facts, status: '503' })).toBeNull();
    expect(read({ ...facts, resource: 'elsewhere' })).toBeNull();
    expect(read(7)).toBeNull();
  });

  it('checks every field', () => {
    expect(isListedRequest(listed())).toBe(true);
    for (const [field, value] of [['createdAt', '1'], ['files', [{ id: 1 }]], ['signingLog', {}], ['status', null], ['lastSentAt', NaN]] as const) {
      expect(isListedRequest({ ...listed(), [field]: value }), field).toBe(false);
    }
  });

  it('stores the newest requests again under a small key of their own, and reads nothing it does not know', () => {
    const requests = Array.from({ length: HEAD_ROWS + 5 }, (_, i) => listed({ id: `r${i}` }));
    const stored = encodeCache({ refreshedAt: 1, requests, error: null, backoffUntil: 0, limited: 0 });
    expect(parseCache(stored[REQUESTS_HEAD_KEY]).requests.map((r) => r.id)).toEqual(requests.slice(0, HEAD_ROWS).map((r) => r.id));
    expect(parseCache({ version: 1, requests }).requests).toEqual([]);
    expect(parseCache({ version: 2, list: '{not json' }).requests).toEqual([]);
    expect(parseCache(undefined)).toMatchObject({ refreshedAt: null, requests: [] });
  });
});

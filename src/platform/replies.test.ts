import { describe, expect, it } from 'vitest';
import { unwrapReply } from './replies';

describe('unwrapReply', () => {
  it("turns the background's rejection marker back into a rejection, and passes every other reply", () => {
    expect(() => unwrapReply({ __mozWebExtensionPolyfillReject__: true, message: 'boom' })).toThrow('boom');
    expect(unwrapReply({ ok: true, data: 1 })).toEqual({ ok: true, data: 1 });
    expect(unwrapReply(undefined)).toBeUndefined();
  });
});

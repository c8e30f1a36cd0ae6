import { describe, expect, it, vi } from 'vitest';
import { answeredEarly } from './page-files-early';

const files = { files: [{ id: '123', name: 'a.pdf' }], pageUrl: 'https://app.box.com/file/123' };

describe('answeredEarly', () => {
  it("answers from the reply asked for early when it is that tab's, checked against the protocol", async () => {
    const askNow = vi.fn();
    const ask = answeredEarly(Promise.resolve({ tabId: 7, reply: Promise.resolve({ ok: true, data: files }) }), askNow);
    expect(await ask(7)).toMatchObject({ pageUrl: files.pageUrl });
    expect(askNow).not.toHaveBeenCalled();
  });

  it('refuses a malformed early reply as any reply', async () => {
    const ask = answeredEarly(Promise.resolve({ tabId: 7, reply: Promise.resolve({ ok: true, data: { files: 'all of them' } }) }), vi.fn());
    await expect(ask(7)).rejects.toMatchObject({ name: 'MessageError', detail: { code: 'bad_reply' } });
  });

  it('turns a tab without a content script into "unreachable", as the content client does', async () => {
    const ask = answeredEarly(Promise.resolve({ tabId: 7, reply: Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) }), vi.fn());
    await expect(ask(7)).rejects.toMatchObject({ name: 'MessageError', detail: { code: 'unreachable' } });
  });

  it('asks now for another tab, when there was no tab, or when asking early failed', async () => {
    const askNow = vi.fn(async () => files);
    await answeredEarly(Promise.resolve({ tabId: 7, reply: Promise.resolve({ ok: true, data: files }) }), askNow)(8);
    await answeredEarly(Promise.resolve(null), askNow)(8);
    await answeredEarly(Promise.reject(new Error('no window')), askNow)(8);
    expect(askNow.mock.calls).toEqual([[8], [8], [8]]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';

// The unit tests' setup reads package files from public/; here the real reader, over a stubbed fetch.
vi.unmock('./packaged');
const { readPackaged } = await import('./packaged');

const scope = globalThis as unknown as { chrome: { runtime?: { getURL: (path: string) => string } } };
scope.chrome.runtime = { getURL: (path) => `chrome-extension://id/${path}` };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readPackaged', () => {
  it("reads a file of the extension's own package as JSON", async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (fetched.push(url), new Response('{"l":"1"}')));
    await expect(readPackaged('guard/confusables.json')).resolves.toEqual({ l: '1' });
    expect(fetched).toEqual(['chrome-extension://id/guard/confusables.json']);
  });

  it('rejects a file the package does not have, rather than reading an error page', async () => {
    vi.stubGlobal('fetch', async () => new Response('not here', { status: 404 }));
    await expect(readPackaged('guard/confusables.json')).rejects.toThrow('guard/confusables.json: HTTP 404');
  });
});

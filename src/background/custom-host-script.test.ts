import { describe, expect, it } from 'vitest';
import type { RegisteredScript, ScriptingApi } from '../platform/background-apis';
import { CUSTOM_HOST_SCRIPT_ID, syncCustomHostScript } from './custom-host-script';

function fakeScripting() {
  const scripts = new Map<string, RegisteredScript>();
  const calls: string[] = [];
  const api: ScriptingApi = {
    getRegisteredContentScripts: async ({ ids }) => ids.flatMap((id) => (scripts.has(id) ? [structuredClone(scripts.get(id)!)] : [])),
    registerContentScripts: async (list) => {
      calls.push('register');
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, structuredClone(script));
      }
    },
    unregisterContentScripts: async ({ ids }) => {
      calls.push('unregister');
      for (const id of ids) scripts.delete(id);
    },
  };
  return { api, scripts, calls };
}

const FILE = 'src/content/index.js';

describe('the content script on granted company Box hosts', () => {
  it('registers the script on the granted company hosts only, and on nothing else granted', async () => {
    const { api, scripts } = fakeScripting();
    const matches = await syncCustomHostScript(api, ['https://api.box.com/*', 'https://acme.box.com/*', 'https://evil.example/*'], FILE);
    expect(matches).toEqual(['https://acme.box.com/*']);
    expect(scripts.get(CUSTOM_HOST_SCRIPT_ID)).toEqual({ id: CUSTOM_HOST_SCRIPT_ID, matches: ['https://acme.box.com/*'], js: [FILE], runAt: 'document_idle' });
  });

  it('leaves an up-to-date registration alone, follows a grant, and unregisters when the last host is removed', async () => {
    const { api, scripts, calls } = fakeScripting();
    await syncCustomHostScript(api, ['https://acme.box.com/*'], FILE);
    await syncCustomHostScript(api, ['https://acme.box.com/*'], FILE);
    expect(calls).toEqual(['register']);
    await syncCustomHostScript(api, ['https://acme.box.com/*', 'https://beta.box.com/*'], FILE);
    expect(scripts.get(CUSTOM_HOST_SCRIPT_ID)?.matches).toEqual(['https://acme.box.com/*', 'https://beta.box.com/*']);
    await syncCustomHostScript(api, [], FILE);
    expect(scripts.size).toBe(0);
  });
});

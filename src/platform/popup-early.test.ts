import { describe, expect, it } from 'vitest';
import { DRAFT_KEY } from '../popup/form/draft';
import { KNOWN_AUTH_KEY } from '../shared/known-auth';
import { LAUNCH_KEY } from '../shared/launch';
import { SETTINGS_KEY } from '../shared/settings';
import { PROOF_KEY } from '../ui/settings-guard';
import { contentProtocol } from '../shared/wire';
import { createClient } from './messaging';
import { EARLY_GLOBAL, EARLY_PAGE_FILES_MESSAGE, EARLY_SESSION_KEYS, EARLY_SYNC_KEYS, startEarlyReads, takeEarlyReads, type EarlyReads } from './popup-early';

describe('the popup reads started early', () => {
  it('are of the keys the popup then reads', () => {
    expect(EARLY_SESSION_KEYS).toEqual([LAUNCH_KEY, DRAFT_KEY, KNOWN_AUTH_KEY]);
    // Both, as the guarded settings area reads them: a read of other keys is not answered early.
    expect(EARLY_SYNC_KEYS).toEqual([SETTINGS_KEY, PROOF_KEY]);
  });

  it("send the content script the message the popup's content client sends", async () => {
    const sent: unknown[] = [];
    await createClient(contentProtocol, async (message) => (sent.push(message), { ok: true, data: { files: [], pageUrl: 'https://app.box.com/' } }))('getPageFiles', {}).catch(() => undefined);
    expect(sent).toEqual([EARLY_PAGE_FILES_MESSAGE]);
  });

  it('are not started outside an extension page', () => {
    expect(startEarlyReads()).toBeNull();
  });

  it('are handed to the main script once, through the global the early script sets', () => {
    const reads = { managed: Promise.resolve({}) } as unknown as EarlyReads;
    (globalThis as Record<string, unknown>)[EARLY_GLOBAL] = reads;
    expect(takeEarlyReads()).toBe(reads);
    expect(takeEarlyReads()).toBeNull();
    expect(EARLY_GLOBAL in globalThis).toBe(false);
  });
});

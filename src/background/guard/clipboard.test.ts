// The clipboard's clear after a Copy: one alarm, re-armed by each Copy, the clear on that alarm
// only; and the message that arms it, from the extension's own pages only and carrying nothing.
import { describe, expect, it, vi } from 'vitest';
import { CLIPBOARD_ALARM, createClipboardClearer } from './clipboard';
import { createBackgroundListener } from '../listener';
import { testServices } from '../handlers.test-helpers';
import type { Auth } from '../auth/auth';
import type { BoxClient } from '../box/client';

function setup() {
  const armed = new Map<string, { delayInMinutes: number }>();
  const alarms = { create: vi.fn((name: string, info: { delayInMinutes: number }) => void armed.set(name, info)) };
  const clear = vi.fn(async () => undefined);
  return { armed, alarms, clear, clearer: createClipboardClearer({ alarms, clear }) };
}

const id = 'bcjnfaclfhppkahphndmgmnobabfllhe';
const runtime = { extensionId: () => id, extensionBaseUrl: () => `chrome-extension://${id}/` };
const popup = { id, url: `chrome-extension://${id}/src/popup/index.html` };
const bulkPage = { id, url: `chrome-extension://${id}/src/bulk/index.html` };
const contentScript = { id, url: 'https://app.box.com/file/1000000001', tab: { id: 3 }, frameId: 0 };
const webPage = { url: 'https://evil.example/', origin: 'https://evil.example' };
const otherExtension = { id: 'other', url: 'chrome-extension://other/popup.html' };

function listener() {
  const parts = setup();
  const listen = createBackgroundListener(testServices({ auth: {} as Auth, client: {} as BoxClient, clipboard: parts.clearer }), runtime);
  return { ...parts, listen };
}

describe('createClipboardClearer', () => {
  it('arms one alarm a minute ahead, and a later copy re-arms that same alarm', async () => {
    const { armed, alarms, clearer } = setup();
    await clearer.schedule();
    expect([...armed]).toEqual([[CLIPBOARD_ALARM, { delayInMinutes: 1 }]]);
    await clearer.schedule();
    expect(alarms.create).toHaveBeenCalledTimes(2);
    expect(alarms.create.mock.calls.map(([name]) => name)).toEqual([CLIPBOARD_ALARM, CLIPBOARD_ALARM]);
    expect(armed.size).toBe(1);
  });

  it('clears on its alarm, and on no other', async () => {
    const { clear, clearer } = setup();
    await clearer.onAlarm('tracking');
    await clearer.onAlarm(`${CLIPBOARD_ALARM}-x`);
    expect(clear).not.toHaveBeenCalled();
    await clearer.onAlarm(CLIPBOARD_ALARM);
    expect(clear).toHaveBeenCalledTimes(1);
  });

  it('does not arm anything before a page asks', () => {
    const { alarms } = setup();
    expect(alarms.create).not.toHaveBeenCalled();
  });
});

describe('the clearClipboardLater message', () => {
  it('from the popup or the bulk page arms the alarm', async () => {
    const { listen, armed } = listener();
    expect(await listen({ type: 'clearClipboardLater', data: {} }, popup)).toEqual({ ok: true, data: {} });
    expect(armed.has(CLIPBOARD_ALARM)).toBe(true);
    armed.clear();
    expect(await listen({ type: 'clearClipboardLater', data: {} }, bulkPage)).toEqual({ ok: true, data: {} });
    expect(armed.has(CLIPBOARD_ALARM)).toBe(true);
  });

  it('from a content script, a web page or another extension gets no answer and arms nothing', () => {
    const { listen, alarms } = listener();
    for (const sender of [contentScript, webPage, otherExtension, { id }]) {
      expect(listen({ type: 'clearClipboardLater', data: {} }, sender)).toBeUndefined();
    }
    expect(alarms.create).not.toHaveBeenCalled();
  });

  it('refuses anything in its data, a password above all, and arms nothing', async () => {
    const { listen, alarms } = listener();
    for (const data of [{ password: 'Secret-123' }, { text: '' }, 'now', null, [], 60]) {
      expect(await listen({ type: 'clearClipboardLater', data }, popup)).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
    }
    expect(alarms.create).not.toHaveBeenCalled();
  });
});

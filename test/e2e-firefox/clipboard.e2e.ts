// Copy's clear in Firefox (issue 16): the background is an event page, so the alarm clears the clipboard
// from there (a `copy` command, with `clipboardWrite`). A page asks as the popup does after a Copy (the
// bridge calls the real handler as if from the popup; the popup's own Copy is the Chromium test's), the
// alarm is checked, then fired through the e2e hook rather than waited for. The clipboard is read and
// written from the Box page, which `dom.events.testing.asyncClipboard` lets do so without a prompt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { bridge, launchFirefox, openBoxPage, type FirefoxHarness } from './harness';

const ALARM = 'clear-clipboard';
const PASSWORD = 'Ravine-Tolupa-Mekoda-Sifane-47';

describe('Firefox: a copied password leaves the clipboard a minute later', () => {
  let h: FirefoxHarness;
  let box: Page;
  const clipboard = () => box.evaluate(() => navigator.clipboard.readText());
  beforeAll(async () => {
    h = await launchFirefox({ prefs: { 'dom.events.testing.asyncClipboard': true } });
    box = await openBoxPage(h, 'https://acme.app.box.com/file/1000000001');
  }, 90_000);
  afterAll(async () => h?.close());

  it('clearClipboardLater arms the alarm a minute ahead, and the alarm empties the clipboard', async () => {
    await box.evaluate((text) => navigator.clipboard.writeText(text), PASSWORD);
    expect(await clipboard()).toBe(PASSWORD);
    const asked = Date.now();
    expect(await bridge(box, 'call', { type: 'clearClipboardLater', data: {} })).toEqual({ ok: true, data: {} });
    const alarms = await bridge<Array<{ name: string; scheduledTime: number }>>(box, 'alarms');
    const alarm = alarms.find((a) => a.name === ALARM);
    expect(alarm, 'no clear-clipboard alarm').toBeDefined();
    expect(alarm!.scheduledTime).toBeGreaterThanOrEqual(asked + 55_000);
    expect(alarm!.scheduledTime).toBeLessThanOrEqual(Date.now() + 61_000);

    expect(await clipboard()).toBe(PASSWORD);
    await bridge(box, 'alarm', ALARM);
    expect(await clipboard()).toBe('');
  });

  it('refuses a clearClipboardLater that carries anything', async () => {
    expect(await bridge(box, 'call', { type: 'clearClipboardLater', data: { password: PASSWORD } })).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
  });
});

// The extension's CSP refuses `new Function` and inline scripts. Nothing of ours may even try (the
// browser reports each attempt): the harness fails any test with a violation in an extension page or
// the worker. This file checks that it does, and that zod runs jitless in every context.
import { afterEach, describe, expect, it } from 'vitest';
import { launch, openSendingWindow, type Harness } from './harness';

let h: Harness | null = null;
afterEach(async () => {
  await h?.close().catch(() => undefined);
  h = null;
});

type ZodScope = { __zod_globalConfig?: { jitless?: boolean } };

describe('Content Security Policy', () => {
  it('zod is jitless in the popup, the options page and the service worker, and nothing is refused', async () => {
    const harness = await launch();
    const popup = await openSendingWindow(harness);
    const options = await harness.context.newPage();
    await options.goto(harness.url('src/options/index.html'));
    await options.getByRole('heading').first().waitFor();
    const jitless = () => (globalThis as unknown as ZodScope).__zod_globalConfig?.jitless;
    expect([await popup.evaluate(jitless), await options.evaluate(jitless), await harness.worker.evaluate(jitless)]).toEqual([true, true, true]);
    await harness.close(); // Throws on any violation.
  });

  it('a violation in an extension page fails the test', async () => {
    h = await launch();
    const popup = await openSendingWindow(h);
    await popup.addScriptTag({ content: 'void 0' }).catch(() => undefined); // Inline script: refused by the CSP.
    const harness = h;
    h = null;
    await expect(harness.close()).rejects.toThrow(/Content Security Policy violations in the extension: src\/popup\/index\.html: script-src/);
  });
});

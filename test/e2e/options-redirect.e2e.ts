// The options page shows the redirect URI the browser itself reports (identity.getRedirectURL),
// which in Chromium is fixed by the manifest's `key`. Firefox's is checked in test/e2e-firefox.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

it('the options page shows the chromiumapp.org redirect URI of the pinned extension ID', async () => {
  expect(h.extensionId).toBe('bcjnfaclfhppkahphndmgmnobabfllhe');
  const page = await h.context.newPage();
  await page.goto(h.url('src/options/index.html'));
  await page.getByText('https://bcjnfaclfhppkahphndmgmnobabfllhe.chromiumapp.org/').first().waitFor();
  await page.close();
});

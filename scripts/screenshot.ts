// `npm run screenshot`: docs/popup.png, the sending popup as a person sees it, for the README.
// Builds nothing: run `npm run build:chrome` first. Uses the end-to-end harness as the tests do:
// `launch` starts the Box emulator (`startEmulator`) and Debian's Chromium with dist/chrome loaded,
// then the popup is connected with a developer token and opened over the demo file's Box page.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { connectWithDeveloperToken, DEMO_FILE, launch, openSendingUiOnFile } from '../test/e2e/harness';

const OUT = resolve(import.meta.dirname, '../docs/popup.png');
/** Chrome sizes a toolbar popup to its page, up to 800 × 600; past that the page scrolls. */
const MAX = { width: 800, height: 600 };

const h = await launch();
try {
  await connectWithDeveloperToken(h);
  const ui = await openSendingUiOnFile(h, DEMO_FILE);
  await ui.getByLabel('Signer email').fill('signer@example.org');
  await ui.getByRole('radio', { name: /SMS/ }).check();
  await ui.getByLabel('Phone number').fill('+1 415 555 2671');
  // No focus ring or half-typed state in the picture: leave the field, let the page settle.
  await ui.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await ui.waitForLoadState('networkidle');
  // The window the harness opens is wider than the page (body: 360 px plus its margins): crop to
  // the page, as the toolbar popup shows it.
  const size = await ui.evaluate(() => {
    const body = document.body.getBoundingClientRect();
    const style = getComputedStyle(document.body);
    return {
      width: Math.ceil(body.right + parseFloat(style.marginRight)),
      height: Math.ceil(body.bottom + parseFloat(style.marginBottom)),
    };
  });
  await ui.setViewportSize({ width: Math.min(size.width, MAX.width), height: Math.min(size.height, MAX.height) });
  mkdirSync(dirname(OUT), { recursive: true });
  await ui.screenshot({ path: OUT });
  console.log(`Written to ${OUT}.`);
} finally {
  await h.close();
}

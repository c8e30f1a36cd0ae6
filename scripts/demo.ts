// `npm run demo`: the Box emulator, Chromium with the built extension, connected with a
// developer token, on a demo Box file page with the sending window open. No Box account needed.
// Headed where there is a display; re-runs itself under xvfb-run where there is none.
import { spawnSync } from 'node:child_process';
import { connectWithDeveloperToken, launch, openSendingWindow } from '../test/e2e/harness';

if (!process.env['DISPLAY'] && !process.env['SECURE_SIGN_DEMO_XVFB']) {
  console.log('No display: running the demo under xvfb-run (screenshots go to ./demo-*.png).');
  const result = spawnSync('xvfb-run', ['-a', process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, SECURE_SIGN_DEMO_XVFB: '1' },
  });
  process.exit(result.status ?? 1);
}

const h = await launch({ headless: false });
await connectWithDeveloperToken(h);
const box = await h.context.newPage();
await box.goto('https://app.box.com/file/1000000001');
await box.bringToFront();
const ui = await openSendingWindow(h);
await ui.getByText('NDA - Acme.pdf').waitFor();

console.log(`
Secure Sign for Box demo is running.
  Box emulator:   https://127.0.0.1:${h.emulator.port} (Chromium resolves api.box.com, app.box.com and account.box.com to it)
  Extension ID:   ${h.extensionId}
  Demo file page: https://app.box.com/file/1000000001 (more in https://app.box.com/folder/111111111)
Try it: type a signer email, choose SMS code (e.g. +1 415 555 2671) or a password, press "Send for signature".
Every request the emulator receives is printed below. Press Ctrl+C to stop.
`);

if (process.env['SECURE_SIGN_DEMO_XVFB']) {
  await box.screenshot({ path: 'demo-box-page.png' });
  await ui.screenshot({ path: 'demo-sending-window.png' });
}

let seen = h.emulator.requests.length;
const timer = setInterval(() => {
  for (const r of h.emulator.requests.slice(seen)) console.log(`  ${r.method} https://${r.host}${r.path}`);
  seen = h.emulator.requests.length;
}, 500);

const stop = async () => {
  clearInterval(timer);
  await h.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
h.context.on('close', () => void stop());

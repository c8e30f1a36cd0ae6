import { DEFAULT_APP, DEMO_USER, startEmulator } from './index.ts';
import { CONTRACTS_FOLDER_ID, FIELDS_TEMPLATE, SEEDED_SHARES, SEEDED_TEMPLATES } from './seed.ts';

// `npx tsx emulator/cli.ts [--port N] [--template-fields]` (or EMULATOR_PORT); default 8443. Stops on
// SIGINT/SIGTERM. --template-fields also adds FIELDS_TEMPLATE (text, date and checkbox fields to prefill).

function portFromArgs(argv: string[]): number {
  const i = argv.indexOf('--port');
  const inline = argv.find((a) => a.startsWith('--port='))?.slice('--port='.length);
  const raw = inline ?? (i >= 0 ? argv[i + 1] : undefined) ?? process.env['EMULATOR_PORT'] ?? '8443';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${raw}`);
  return port;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const templateFields = args.includes('--template-fields');
  const emulator = await startEmulator({ port: portFromArgs(args), templateFields });
  const p = emulator.port;
  const token = emulator.issueDeveloperToken();
  console.log(`Box emulator listening on https://127.0.0.1:${p} (self-signed certificate)`);
  console.log(`Chromium: --host-resolver-rules="${emulator.hostResolverRules}" --ignore-certificate-errors`);
  console.log(`Folder page:   https://app.box.com/folder/${CONTRACTS_FOLDER_ID}`);
  console.log('File page:     https://app.box.com/file/1000000001');
  for (const [key, share] of Object.entries(SEEDED_SHARES)) {
    console.log(`Shared ${share.type.padEnd(6)} ${share.url}${share.vanityUrl ? ` (${share.vanityUrl})` : ''}  [${key}${share.password ? `, password ${share.password}` : ''}${share.pageData ? '' : ', no page data'}]`);
  }
  for (const [key, t] of Object.entries(SEEDED_TEMPLATES)) {
    if ('ownedByOther' in t) continue;
    console.log(`Sign template  ${t.id}  ${t.name}  [${key}]`);
  }
  if (templateFields) console.log(`Sign template  ${FIELDS_TEMPLATE.id}  ${FIELDS_TEMPLATE.name}  [FIELDS_TEMPLATE]`);
  console.log(`Authorize:     https://account.box.com/api/oauth2/authorize?response_type=code&client_id=${DEFAULT_APP.clientId}`);
  console.log(`API (curl):    curl -k --resolve api.box.com:${p}:127.0.0.1 https://api.box.com:${p}/2.0/users/me -H "Authorization: Bearer ${token}"`);
  console.log(`Signed in as ${DEMO_USER.name} <${DEMO_USER.login}>; developer token above is valid 60 minutes.`);
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping emulator`);
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

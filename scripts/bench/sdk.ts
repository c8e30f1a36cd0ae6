// The official Box TypeScript SDK (box-typescript-sdk-gen), bundled for the browser the way our
// extension is, for a program that creates one sign request. Installed at bench time into a
// temporary folder outside the repository (or BENCH_SDK_DIR, kept between runs), apart from the
// project's dev dependency (the emulator's oracle).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { gzipSize } from './sizes';

export const SDK_PACKAGE = 'box-typescript-sdk-gen';

/** One sign request, as our extension sends it (SMS verification), with the SDK's public API. */
export const SDK_PROGRAM = `import { BoxClient, BoxDeveloperTokenAuth } from '${SDK_PACKAGE}';
const auth = new BoxDeveloperTokenAuth({ token: 'DEVELOPER_TOKEN' });
const client = new BoxClient({ auth });
export async function send() {
  return client.signRequests.createSignRequest({
    sourceFiles: [{ id: '1000000001', type: 'file' }],
    signers: [{ email: 'signer@example.org', role: 'signer', verificationPhoneNumber: '+14155552671' }],
    isPhoneVerificationRequiredToView: true,
    externalId: 'secure-sign-bench',
  });
}
send().then((request) => console.log(request.id));
`;

export interface BundleSize {
  bundler: string;
  files: number;
  bytes: number;
  gzip: number;
}

export interface SdkSizes {
  version: string;
  installSeconds: number;
  vite: BundleSize;
  esbuild: BundleSize;
  cachedIn: string | null;
}

function install(dir: string): number {
  const start = performance.now();
  if (!existsSync(join(dir, 'node_modules', SDK_PACKAGE, 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'box-sdk-bench', private: true }));
    const npm = spawnSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', SDK_PACKAGE], { encoding: 'utf8' });
    if (npm.status !== 0) throw new Error(`npm install ${SDK_PACKAGE} failed:\n${npm.stderr}`);
  }
  return (performance.now() - start) / 1000;
}

async function bundleWithVite(dir: string, entry: string): Promise<BundleSize> {
  // The same bundler, minifier and target as our build (vite.config.ts), no plugins, no config file.
  const result = await viteBuild({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    build: { write: false, minify: true, target: 'es2022', modulePreload: false, rolldownOptions: { input: entry } },
  });
  type Output = { output: Array<{ type: 'chunk'; code: string } | { type: 'asset' }> };
  const outputs = (Array.isArray(result) ? result : [result]) as Output[];
  const chunks = outputs.flatMap((o) => o.output).filter((c): c is { type: 'chunk'; code: string } => c.type === 'chunk');
  return {
    bundler: 'vite',
    files: chunks.length,
    bytes: chunks.reduce((n, c) => n + Buffer.byteLength(c.code), 0),
    gzip: chunks.reduce((n, c) => n + gzipSize(c.code), 0),
  };
}

async function bundleWithEsbuild(dir: string, entry: string): Promise<BundleSize> {
  const result = await esbuild({
    entryPoints: [entry],
    absWorkingDir: dir,
    bundle: true,
    minify: true,
    treeShaking: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  const js = result.outputFiles; // one ESM file: no outdir, no code splitting
  return { bundler: 'esbuild', files: js.length, bytes: js.reduce((n, f) => n + f.contents.length, 0), gzip: js.reduce((n, f) => n + gzipSize(f.contents), 0) };
}

export async function measureSdk(): Promise<SdkSizes> {
  const cached = process.env['BENCH_SDK_DIR'] || null;
  const dir = cached ?? mkdtempSync(join(tmpdir(), 'box-sdk-bench-'));
  try {
    const installSeconds = install(dir);
    const version = (JSON.parse(readFileSync(join(dir, 'node_modules', SDK_PACKAGE, 'package.json'), 'utf8')) as { version: string }).version;
    const entry = join(dir, 'send-one-sign-request.js');
    writeFileSync(entry, SDK_PROGRAM);
    const vite = await bundleWithVite(dir, entry);
    const esb = await bundleWithEsbuild(dir, entry);
    return { version, installSeconds, vite, esbuild: esb, cachedIn: cached };
  } finally {
    if (!cached) rmSync(dir, { recursive: true, force: true });
  }
}

// `npm run package`: the release files a store takes, reproducibly.
//   release/secure-sign-for-box-<version>-chrome.zip   dist/chrome  → Chrome Web Store
//   release/secure-sign-for-box-<version>-firefox.zip  dist/firefox → addons.mozilla.org
//   release/secure-sign-for-box-<version>-source.zip   every file git tracks at HEAD → AMO's source review
// The same commit gives byte-identical ZIPs (see zip.ts); sha256 sums are printed and written
// to release/SHA256SUMS.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { zip, type ZipEntry } from './zip.ts';
import { GECKO_ID, type Browser } from './manifest.ts';
import { E2E_CHANNEL } from '../src/e2e-bridge/protocol.ts';

export const NAME = 'secure-sign-for-box';

/** Every file under dir, as ZIP entries named relative to it (sorted by the writer). */
export function filesUnder(dir: string): ZipEntry[] {
  const out: ZipEntry[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push({ name: relative(dir, path).split(sep).join('/'), data: readFileSync(path) });
      else throw new Error(`${path}: not a file or directory`);
    }
  };
  walk(dir);
  return out;
}

/**
 * The Chrome build as the Chrome Web Store takes it: without the manifest's `key` ("key field is
 * not allowed in manifest"; the store assigns the published ID). dist/chrome keeps it, so
 * development, demo and end-to-end builds have one stable ID on every machine.
 */
export function forChromeStore(files: ZipEntry[]): ZipEntry[] {
  return files.map((file) => {
    if (file.name !== 'manifest.json') return file;
    const { key: _key, ...manifest } = JSON.parse(Buffer.from(file.data).toString('utf8')) as Record<string, unknown>;
    return { ...file, data: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) };
  });
}

/** Refuses a build a store should not get: wrong version, wrong browser, a manifest `key`, or the e2e test hook. */
export function checkBuild(browser: Browser, files: ZipEntry[], version: string): void {
  const manifestFile = files.find((f) => f.name === 'manifest.json');
  if (!manifestFile) throw new Error(`${browser}: no manifest.json at the top of the build`);
  const manifest = JSON.parse(Buffer.from(manifestFile.data).toString('utf8')) as Record<string, unknown>;
  if (manifest['version'] !== version) throw new Error(`${browser}: manifest version ${String(manifest['version'])}, package.json says ${version}; rebuild`);
  const gecko = (manifest['browser_specific_settings'] as { gecko?: { id?: string } } | undefined)?.gecko;
  const background = manifest['background'] as { service_worker?: string; scripts?: string[] } | undefined;
  if (browser === 'chrome' && (gecko || !background?.service_worker)) throw new Error('chrome: this is not a Chrome build');
  if (browser === 'chrome' && 'key' in manifest) throw new Error('chrome: the manifest has a `key`, which the Chrome Web Store refuses; package with forChromeStore()');
  if (browser === 'firefox' && (gecko?.id !== GECKO_ID || !background?.scripts || 'key' in manifest)) throw new Error('firefox: this is not a Firefox build');
  for (const file of files) {
    if (Buffer.from(file.data).includes(E2E_CHANNEL)) throw new Error(`${browser}: ${file.name} contains the end-to-end test hook; package a production build (npm run build)`);
    if (file.name.endsWith('.map')) throw new Error(`${browser}: ${file.name}: source maps do not ship`);
  }
}

/** The files of a commit exactly as git stores them (tracked files only, executable bits kept). */
export function sourceEntries(repo: string, commit = 'HEAD'): ZipEntry[] {
  const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { maxBuffer: 1 << 30 });
  const listing = git('ls-tree', '-r', '-z', '--full-tree', commit).toString('utf8').split('\0').filter(Boolean);
  const files = listing.map((line) => {
    const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(line);
    if (!match) throw new Error(`git ls-tree: cannot read "${line}"`);
    const [, mode, type, object, name] = match;
    if (type !== 'blob') throw new Error(`${name}: ${type} entries (submodules) are not supported`);
    if (mode === '120000') throw new Error(`${name}: symbolic links are not supported in the source archive`);
    return { name: name!, object: object!, mode: (mode === '100755' ? 0o755 : 0o644) as ZipEntry['mode'] };
  });
  // Every blob from one `git cat-file --batch` (one process per file took seconds on a busy machine).
  const batch = execFileSync('git', ['-C', repo, 'cat-file', '--batch'], { input: files.map((f) => f.object).join('\n') + '\n', maxBuffer: 1 << 30 });
  let at = 0;
  return files.map(({ name, object, mode }) => {
    const headerEnd = batch.indexOf(0x0a, at);
    const [found, , size] = batch.subarray(at, headerEnd).toString('utf8').split(' ');
    if (found !== object || size === undefined) throw new Error(`git cat-file: unexpected answer for ${name}`);
    const data = batch.subarray(headerEnd + 1, headerEnd + 1 + Number(size));
    at = headerEnd + 1 + Number(size) + 1; // the blob, then a newline
    return { name, data: Buffer.from(data), mode };
  });
}

export const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

function main(): void {
  const root = resolve(import.meta.dirname, '..');
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const out = join(root, 'release');
  mkdirSync(out, { recursive: true });

  const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
  if (dirty) {
    console.warn(`warning: tracked files differ from HEAD; the browser packages are built from the working tree, the source archive is HEAD:\n${dirty}\n`);
  }

  const written: Array<[string, Buffer]> = [];
  for (const browser of ['chrome', 'firefox'] as const) {
    const built = filesUnder(join(root, 'dist', browser));
    const files = browser === 'chrome' ? forChromeStore(built) : built;
    checkBuild(browser, files, version);
    written.push([`${NAME}-${version}-${browser}.zip`, zip(files)]);
  }
  written.push([`${NAME}-${version}-source.zip`, zip(sourceEntries(root))]);

  const sums = written.map(([name, data]) => {
    writeFileSync(join(out, name), data);
    return `${sha256(data)}  ${name}`;
  });
  writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  console.log(sums.map((line) => `release/${line.slice(66)}  sha256 ${line.slice(0, 64)}`).join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) main();

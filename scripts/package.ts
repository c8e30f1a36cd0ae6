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

/** Refuses a build a store should not get: wrong version, wrong browser, or the e2e test hook. */
export function checkBuild(browser: Browser, files: ZipEntry[], version: string): void {
  const manifestFile = files.find((f) => f.name === 'manifest.json');
  if (!manifestFile) throw new Error(`${browser}: no manifest.json at the top of the build`);
  const manifest = JSON.parse(Buffer.from(manifestFile.data).toString('utf8')) as Record<string, unknown>;
  if (manifest['version'] !== version) throw new Error(`${browser}: manifest version ${String(manifest['version'])}, package.json says ${version}; rebuild`);
  const gecko = (manifest['browser_specific_settings'] as { gecko?: { id?: string } } | undefined)?.gecko;
  const background = manifest['background'] as { service_worker?: string; scripts?: string[] } | undefined;
  if (browser === 'chrome' && (gecko || !background?.service_worker)) throw new Error('chrome: this is not a Chrome build');
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
  const entries: ZipEntry[] = [];
  for (const line of listing) {
    const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(line);
    if (!match) throw new Error(`git ls-tree: cannot read "${line}"`);
    const [, mode, type, object, name] = match;
    if (type !== 'blob') throw new Error(`${name}: ${type} entries (submodules) are not supported`);
    if (mode === '120000') throw new Error(`${name}: symbolic links are not supported in the source archive`);
    entries.push({ name: name!, data: git('cat-file', 'blob', object!), mode: mode === '100755' ? 0o755 : 0o644 });
  }
  return entries;
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
    const files = filesUnder(join(root, 'dist', browser));
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

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkBuild, filesUnder, forChromeStore, sourceEntries } from './package';
import { GECKO_ID } from './manifest';
import { zip } from './zip';

const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const chromeManifest = { manifest_version: 3, version: '1.2.0', background: { service_worker: 'service-worker-loader.js', type: 'module' } };
const firefoxManifest = { manifest_version: 3, version: '1.2.0', background: { scripts: ['service-worker-loader.js'] }, browser_specific_settings: { gecko: { id: GECKO_ID } } };

let dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'package-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

describe('checkBuild', () => {
  it('accepts a production build of the right browser and version', () => {
    expect(() => checkBuild('chrome', [{ name: 'manifest.json', data: json(chromeManifest) }], '1.2.0')).not.toThrow();
    expect(() => checkBuild('firefox', [{ name: 'manifest.json', data: json(firefoxManifest) }], '1.2.0')).not.toThrow();
  });

  it('refuses a stale version, the other browser, the e2e hook and source maps', () => {
    expect(() => checkBuild('chrome', [{ name: 'manifest.json', data: json(chromeManifest) }], '1.3.0')).toThrow(/rebuild/);
    expect(() => checkBuild('chrome', [{ name: 'manifest.json', data: json(firefoxManifest) }], '1.2.0')).toThrow(/not a Chrome build/);
    expect(() => checkBuild('firefox', [{ name: 'manifest.json', data: json({ ...firefoxManifest, key: 'x' }) }], '1.2.0')).toThrow(/not a Firefox build/);
    const hooked = [{ name: 'manifest.json', data: json(chromeManifest) }, { name: 'assets/bg.js', data: new TextEncoder().encode('globalThis.secureSignE2E = {}') }];
    expect(() => checkBuild('chrome', hooked, '1.2.0')).toThrow(/test hook/);
    expect(() => checkBuild('chrome', [{ name: 'manifest.json', data: json(chromeManifest) }, { name: 'a.js.map', data: new Uint8Array() }], '1.2.0')).toThrow(/source maps/);
  });

  it('refuses a Chrome build whose manifest still has `key` (the Chrome Web Store refuses it)', () => {
    expect(() => checkBuild('chrome', [{ name: 'manifest.json', data: json({ ...chromeManifest, key: 'MIIB' }) }], '1.2.0')).toThrow(/`key`/);
  });
});

describe('forChromeStore', () => {
  it('drops the manifest `key` (the store assigns the ID) and leaves everything else as built', () => {
    const script = { name: 'assets/bg.js', data: new TextEncoder().encode('console.log(1)') };
    const packed = forChromeStore([{ name: 'manifest.json', data: json({ ...chromeManifest, key: 'MIIB' }) }, script]);
    const manifest = JSON.parse(Buffer.from(packed[0]!.data).toString('utf8'));
    expect(manifest).toEqual(chromeManifest);
    expect(packed[1]).toBe(script);
    expect(() => checkBuild('chrome', packed, '1.2.0')).not.toThrow();
  });

  it("packs the real Chrome manifest, whose source keeps the development `key`, without it", () => {
    const source = resolve(import.meta.dirname, '../manifest.json');
    const manifestFile = { name: 'manifest.json', data: new Uint8Array(execFileSync('cat', [source])) };
    expect(JSON.parse(Buffer.from(manifestFile.data).toString('utf8'))).toHaveProperty('key');
    expect(JSON.parse(Buffer.from(forChromeStore([manifestFile])[0]!.data).toString('utf8'))).not.toHaveProperty('key');
  });
});

describe('filesUnder', () => {
  it('gives the same ZIP whatever the files’ times and creation order', () => {
    const a = tempDir();
    const b = tempDir();
    for (const [dir, order] of [[a, ['x', 'y']], [b, ['y', 'x']]] as const) {
      mkdirSync(join(dir, 'assets'));
      for (const name of order) writeFileSync(join(dir, 'assets', `${name}.js`), name);
      writeFileSync(join(dir, 'manifest.json'), '{}');
    }
    execFileSync('touch', ['-d', '2001-02-03', join(b, 'manifest.json')]);
    expect(filesUnder(a).map((f) => f.name).sort()).toEqual(['assets/x.js', 'assets/y.js', 'manifest.json']);
    expect(zip(filesUnder(a)).equals(zip(filesUnder(b)))).toBe(true);
  });
});

describe('sourceEntries', () => {
  const root = resolve(import.meta.dirname, '..');
  let entries: ReturnType<typeof sourceEntries>;
  // Read once, with room for a busy machine; the tests below only look at the result.
  beforeAll(() => {
    entries = sourceEntries(root);
  }, 60_000);

  it("holds exactly the commit's tracked files, with their executable bits", () => {
    const tracked = execFileSync('git', ['-C', root, 'ls-tree', '-r', '--name-only', '--full-tree', 'HEAD'], { encoding: 'utf8' }).trim().split('\n');
    expect(entries.map((e) => e.name)).toEqual(tracked);
    expect(entries.find((e) => e.name === 'scripts/setup.sh')?.mode).toBe(0o755);
    expect(entries.find((e) => e.name === 'package.json')?.mode).toBe(0o644);
    expect(Buffer.from(entries.find((e) => e.name === 'package.json')!.data).toString()).toBe(execFileSync('git', ['-C', root, 'show', 'HEAD:package.json'], { encoding: 'utf8' }));
    expect(entries.some((e) => e.name.startsWith('dist/') || e.name.startsWith('node_modules/'))).toBe(false);
  });

  it('holds each file byte for byte as git stores it', () => {
    for (const name of ['manifest.json', 'icons/icon.svg', 'public/icons/icon-16.png'].filter((n) => entries.some((e) => e.name === n))) {
      expect(Buffer.from(entries.find((e) => e.name === name)!.data).equals(execFileSync('git', ['-C', root, 'show', `HEAD:${name}`]))).toBe(true);
    }
  });
});

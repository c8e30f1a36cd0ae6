import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, gzipSize, measureBuild } from './sizes';

// A small built extension as Vite and crxjs lay it out: the popup loads a shared chunk at start and
// a phone chunk (with its data) and a templates chunk only when asked; the options page loads that
// phone chunk at start.
const dist = mkdtempSync(join(tmpdir(), 'secure-sign-sizes-'));
const files: Record<string, string> = {
  'manifest.json': JSON.stringify({
    background: { service_worker: 'service-worker-loader.js' },
    action: { default_popup: 'src/popup/index.html' },
    options_ui: { page: 'src/options/index.html' },
    content_scripts: [{ js: ['assets/loader.js'] }],
  }),
  'service-worker-loader.js': `import './assets/bg.js';`,
  'assets/bg.js': `import{s}from"./shared.js";`,
  'assets/shared.js': `export const s=1;`,
  'src/popup/index.html': `<script type="module" src="/assets/popup.js"></script><link rel="stylesheet" href="/assets/popup.css">`,
  'assets/popup.css': `body{margin:0}`,
  'assets/popup.js': `import{s}from"./shared.js";const p=()=>import("./phone.js");const t=()=>import("./templates.js");`,
  'assets/templates.js': `export const t=1;`,
  'assets/phone.js': `import{m}from"./metadata.js";export const phone=1;`,
  'assets/metadata.js': `export const m=${JSON.stringify('x'.repeat(2000))};`,
  'src/options/index.html': `<script type="module" src="/assets/options.js"></script>`,
  'assets/options.js': `import{phone}from"./phone.js";`,
  'assets/loader.js': `import(chrome.runtime.getURL("assets/content.js"))`,
  'assets/content.js': `import{s}from"./shared.js";`,
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), text);
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const size = (file: string) => ({ file, bytes: Buffer.byteLength(files[file]!), gzip: gzipSize(files[file]!) });
const names = (list: Array<{ file: string }>) => list.map((f) => f.file);

describe('measureBuild', () => {
  const build = measureBuild(dist);
  const entry = (name: string) => build.entries.find((e) => e.entry === name)!;

  it("counts a popup's dynamically imported chunks apart from what it loads as it opens", () => {
    const popup = entry('popup');
    expect(names(popup.files)).toEqual(['src/popup/index.html', 'assets/popup.js', 'assets/popup.css', 'assets/shared.js']);
    expect(popup.jsBytes).toBe(size('assets/popup.js').bytes + size('assets/shared.js').bytes);
    expect(names(popup.lazy.files)).toEqual(['assets/phone.js', 'assets/templates.js', 'assets/metadata.js']);
    const lazy = ['assets/phone.js', 'assets/templates.js', 'assets/metadata.js'].map(size);
    expect(popup.lazy.jsBytes).toBe(lazy.reduce((n, f) => n + f.bytes, 0));
    expect(popup.lazy.jsGzip).toBe(lazy.reduce((n, f) => n + f.gzip, 0));
  });

  it('counts the same chunk as loaded at start for an entry that imports it statically', () => {
    expect(names(entry('options').files)).toEqual(['src/options/index.html', 'assets/options.js', 'assets/phone.js', 'assets/metadata.js']);
    expect(entry('options').lazy.files).toEqual([]);
  });

  it('follows the service worker and the content-script loader; nothing lazy there', () => {
    expect(names(entry('background').files)).toEqual(['service-worker-loader.js', 'assets/bg.js', 'assets/shared.js']);
    expect(names(entry('content').files)).toEqual(['assets/loader.js', 'assets/content.js', 'assets/shared.js']);
    expect(entry('content').lazy.files).toEqual([]);
  });

  it('totals each file once, lazy only when no entry loads it at start', () => {
    expect(build.total.files).toHaveLength(new Set(names(build.total.files)).size);
    expect(names(build.total.files)).toContain('assets/phone.js'); // the options page loads it at start
    expect(names(build.total.lazy.files)).toEqual(['assets/templates.js']);
    expect(build.missing).toEqual([]);
  });
});

describe('buildEnv', () => {
  it('builds for production even when run under vitest (NODE_ENV=test), for the browser asked', () => {
    const env = buildEnv({ NODE_ENV: 'test', PATH: '/bin', SECURE_SIGN_BROWSER: 'chrome' }, 'firefox');
    expect(env).toEqual({ NODE_ENV: 'production', PATH: '/bin', SECURE_SIGN_BROWSER: 'firefox' });
  });
});

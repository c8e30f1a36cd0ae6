// The release texts the stores ask for (issue 11): a privacy policy, the "not affiliated" line, and store
// listings that justify every permission the manifest asks for, all linked from the README. A permission
// added to manifest.json without its justification in both listings fails here, before a store reviewer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor, type Browser, type SourceManifest } from './manifest';

const root = resolve(import.meta.dirname, '..');
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
type Asking = {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
};
/** What each browser's manifest asks for: the store of that browser reviews that one. */
const manifestOf = (browser: Browser) => manifestFor(browser, JSON.parse(read('manifest.json')) as SourceManifest, '1.0.0') as Asking;

/** The "permission | why" table of a listing: the section after its heading, up to the next one. */
function section(text: string, heading: RegExp): string {
  const start = text.search(heading);
  expect(start, `no section ${heading}`).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start + 1);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

const askedBy = (manifest: Asking) => [
  ...(manifest.permissions ?? []),
  ...(manifest.optional_permissions ?? []),
  ...(manifest.host_permissions ?? []),
  ...(manifest.optional_host_permissions ?? []),
  ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
];

describe('store listings', () => {
  it.each([
    ['store/chrome-web-store.md', /^## Permission justifications/m, 'chrome'],
    ['store/addons-mozilla-org.md', /^## Permissions, with why/m, 'firefox'],
  ] as const)('%s justifies every permission, host and content-script match the manifest asks for', (file, heading, browser) => {
    const table = section(read(file), heading);
    const missing = askedBy(manifestOf(browser)).filter((permission) => !table.includes(`\`${permission}\``) && !(permission === 'contextMenus' && table.includes('`menus`')));
    expect(missing).toEqual([]);
  });

  it('the Chrome listing has a summary, a description, the single purpose and the data-use answers', () => {
    const text = read('store/chrome-web-store.md');
    for (const heading of [/^## Summary/m, /^## Description/m, /^## Single purpose/m, /^## Data use/m]) expect(text).toMatch(heading);
  });

  it("the addons.mozilla.org listing has a summary, a description and Firefox's data-collection categories", () => {
    const text = read('store/addons-mozilla-org.md');
    for (const heading of [/^## Summary/m, /^## Description/m, /^## Data collection/m]) expect(text).toMatch(heading);
  });
});

describe('privacy policy and README', () => {
  it('PRIVACY.md says what is sent to whom, what is stored where and for how long', () => {
    const text = read('PRIVACY.md');
    expect(text).toMatch(/^## What is sent, to whom/m);
    expect(text).toMatch(/^## What is stored, where, and for how long/m);
  });

  it('the README links the privacy policy and the store texts, and says the extension is not affiliated with Box', () => {
    const text = read('README.md');
    expect(text).toContain('](PRIVACY.md)');
    expect(text).toContain('](store/README.md)');
    expect(text).toMatch(/not affiliated with[^.]*Box, Inc\./);
  });

  it("the README says the published extension's redirect URI is its own identity.getRedirectURL(), shown on the options page", () => {
    const text = read('README.md').replace(/\s+/g, ' ');
    expect(text).toMatch(/redirect URI of an installed extension is its own `identity\.getRedirectURL\(\)`, which the options page shows/);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { E2E_BRIDGE_SCRIPT, GECKO_ID, manifestFor, withE2EBridge, type SourceManifest } from './manifest';

const source = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as SourceManifest;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('manifestFor', () => {
  it('chrome: the source manifest as it is, with the version from package.json', () => {
    const chrome = manifestFor('chrome', source, '1.2.3');
    expect(chrome).toEqual({ ...source, version: '1.2.3' });
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(chrome.key).toBeTypeOf('string');
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('firefox: background scripts, gecko ID and minimum version, no Chrome-only keys', () => {
    const firefox = manifestFor('firefox', source, '1.2.3');
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(firefox).not.toHaveProperty('key');
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['personallyIdentifyingInfo', 'authenticationInfo'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(firefox.version).toBe('1.2.3');
  });

  it('firefox: everything else is the same definition (permissions, content scripts, pages, commands)', () => {
    const chrome = manifestFor('chrome', source, '1.0.0');
    const firefox = manifestFor('firefox', source, '1.0.0');
    const rest = (m: SourceManifest) => {
      const { key, minimum_chrome_version, background, browser_specific_settings, permissions, ...others } = m;
      void [key, minimum_chrome_version, background, browser_specific_settings, permissions];
      return others;
    };
    expect(rest(firefox)).toEqual(rest(chrome));
    // `clipboardWrite` in both: the clipboard's clear a minute after a Copy; `offscreen` is Chrome's only.
    expect(firefox.permissions).toEqual(['storage', 'identity', 'declarativeNetRequestWithHostAccess', 'contextMenus', 'alarms', 'scripting', 'clipboardWrite']);
    expect(chrome.permissions).toEqual([...(firefox.permissions as string[]), 'offscreen']);
    expect(firefox.optional_permissions).toEqual(['notifications']);
  });

  it("content script: an allow-list of Box's web-app hosts, company hosts only once the user grants one, nothing web-accessible", () => {
    expect(source['content_scripts']).toEqual([
      { matches: ['https://app.box.com/*', 'https://*.app.box.com/*', 'https://*.ent.box.com/*'], js: ['src/content/index.ts'], run_at: 'document_idle' },
    ]);
    // `acme.box.com`: asked for one host at a time on the options page (shared/custom-box-host.ts).
    expect(source['optional_host_permissions']).toEqual(['https://*.box.com/*']);
    expect(source['host_permissions']).toEqual(['https://api.box.com/*']);
    expect(source).not.toHaveProperty('web_accessible_resources');
  });

  it('keeps the version in package.json only', () => {
    expect(source).not.toHaveProperty('version');
    expect(() => manifestFor('chrome', { ...source, version: '9.9.9' }, '1.0.0')).toThrow(/package\.json/);
    expect(manifestFor('chrome', source, pkg.version).version).toBe(pkg.version);
  });

  it('refuses versions a store would reject', () => {
    for (const bad of ['1.0.0-beta', 'v1', '', '1.2.3.4.5']) expect(() => manifestFor('chrome', source, bad)).toThrow(/version/);
  });

  it('does not change its input', () => {
    const before = JSON.stringify(source);
    manifestFor('firefox', source, '1.0.0');
    withE2EBridge(source);
    expect(JSON.stringify(source)).toBe(before);
  });
});

describe('withE2EBridge', () => {
  it('adds the test bridge as one more content script, and only when asked', () => {
    const e2e = withE2EBridge(manifestFor('firefox', source, '1.0.0'));
    const scripts = e2e['content_scripts'] as Array<{ js: string[] }>;
    const matches = ['https://app.box.com/*', 'https://*.app.box.com/*', 'https://*.ent.box.com/*'];
    expect(scripts.at(-1)).toEqual({ matches, js: [E2E_BRIDGE_SCRIPT], run_at: 'document_start' });
    expect(scripts.slice(0, -1)).toEqual(source['content_scripts']);
    expect(JSON.stringify(manifestFor('firefox', source, '1.0.0'))).not.toContain('e2e');
    expect(JSON.stringify(manifestFor('chrome', source, '1.0.0'))).not.toContain('e2e');
  });
});

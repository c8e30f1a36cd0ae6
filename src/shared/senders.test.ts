import { describe, expect, it } from 'vitest';
import { isExtensionPage, isOwnExtension } from './senders';

const id = 'bcjnfaclfhppkahphndmgmnobabfllhe';
const base = `chrome-extension://${id}/`;

describe('isExtensionPage', () => {
  it('accepts the popup, the options page in a tab and the sending window', () => {
    expect(isExtensionPage({ id, url: `${base}src/popup/index.html` }, id, base)).toBe(true);
    expect(isExtensionPage({ id, url: `${base}src/options/index.html`, tab: { id: 4 }, origin: base.slice(0, -1) }, id, base)).toBe(true);
  });

  it('refuses content scripts, web pages, other extensions and look-alike URLs', () => {
    expect(isExtensionPage({ id, url: 'https://app.box.com/file/123', tab: { id: 3 }, frameId: 0 }, id, base)).toBe(false);
    expect(isExtensionPage({ url: `${base}src/popup/index.html` }, id, base)).toBe(false);
    expect(isExtensionPage({ id: 'other', url: `chrome-extension://other/popup.html` }, id, base)).toBe(false);
    expect(isExtensionPage({ id, url: `chrome-extension://${id}.evil/x` }, id, base)).toBe(false);
    expect(isExtensionPage({ id, url: `${base}x`, origin: 'https://app.box.com' }, id, base)).toBe(false);
    expect(isExtensionPage({ id }, id, base)).toBe(false);
  });
});

describe('isOwnExtension', () => {
  it('only trusts our own id', () => {
    expect(isOwnExtension({ id }, id)).toBe(true);
    expect(isOwnExtension({ id: 'x' }, id)).toBe(false);
    expect(isOwnExtension({}, id)).toBe(false);
  });
});

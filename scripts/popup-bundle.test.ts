import { describe, expect, it } from 'vitest';
import { withEarlyScript, withoutPopup } from './popup-bundle';

describe('withoutPopup', () => {
  it('takes the popup page out of the manifest crxjs builds, and keeps the rest of the action', () => {
    const manifest = { manifest_version: 3, action: { default_title: 'T', default_popup: 'src/popup/index.html' }, options_ui: { page: 'o.html' } };
    expect(withoutPopup(manifest)).toEqual({
      manifest: { manifest_version: 3, action: { default_title: 'T' }, options_ui: { page: 'o.html' } },
      page: 'src/popup/index.html',
    });
    expect(manifest.action.default_popup).toBe('src/popup/index.html'); // the source is not changed
  });

  it('refuses a manifest without a popup', () => {
    expect(() => withoutPopup({ action: {} })).toThrow(/default_popup/);
  });
});

describe('withEarlyScript', () => {
  it("puts the classic early script before the page's first script, so that it runs first", () => {
    const html = '<head>\n    <title>T</title>\n    <script type="module" crossorigin src="/assets/popup/index-a.js"></script>\n</head>';
    expect(withEarlyScript(html, 'assets/popup/early-b.js')).toBe(
      '<head>\n    <title>T</title>\n    <script src="/assets/popup/early-b.js"></script>\n    <script type="module" crossorigin src="/assets/popup/index-a.js"></script>\n</head>',
    );
  });

  it('refuses a page without a script', () => {
    expect(() => withEarlyScript('<head></head>', 'e.js')).toThrow(/no script/);
  });
});

import { describe, expect, it } from 'vitest';
import { withoutPopup } from './popup-bundle';

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

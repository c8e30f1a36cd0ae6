import { describe, expect, it, vi } from 'vitest';
import { bulkLaunchFor, installMenus, launchFor, MENU_IDS, MENU_ITEMS } from './context-menu';

const page = 'https://acme.app.box.com/folder/111111111';

describe('context menu', () => {
  it('offers a file link with that file selected, keeping its shared link', () => {
    expect(launchFor({ menuItemId: MENU_IDS.link, linkUrl: 'https://acme.app.box.com/file/1000000002', pageUrl: page })).toEqual({
      files: [{ id: '1000000002', name: null, source: 'selected' }],
      pageUrl: page,
      sharedLink: null,
    });
    expect(launchFor({ menuItemId: MENU_IDS.link, linkUrl: 'https://app.box.com/s/abc123/file/42', pageUrl: page })).toMatchObject({
      files: [{ id: '42' }],
      sharedLink: 'https://app.box.com/s/abc123',
    });
  });

  it('leaves a bare shared link for the background to resolve', () => {
    expect(launchFor({ menuItemId: MENU_IDS.link, linkUrl: 'https://app.box.com/s/abc123', pageUrl: page })).toEqual({
      files: [],
      pageUrl: page,
      unresolved: { sharedLink: 'https://app.box.com/s/abc123' },
    });
  });

  it('re-checks URLs the match patterns could not: no digits, other hosts, folders', () => {
    expect(launchFor({ menuItemId: MENU_IDS.link, linkUrl: 'https://app.box.com/file/report', pageUrl: page })).toBeNull();
    expect(launchFor({ menuItemId: MENU_IDS.link, linkUrl: 'https://api.box.com/file/123', pageUrl: page })).toBeNull();
    expect(launchFor({ menuItemId: MENU_IDS.link, linkUrl: 'https://app.box.com.evil.example/file/123', pageUrl: page })).toBeNull();
    expect(launchFor({ menuItemId: MENU_IDS.link, linkUrl: 'https://app.box.com/s/abc/folder/5', pageUrl: page })).toBeNull();
    expect(launchFor({ menuItemId: 'other', linkUrl: 'https://app.box.com/file/1' })).toBeNull();
  });

  it('uses the page itself on a file page, explains a Box Note, and asks the page on folders', () => {
    expect(launchFor({ menuItemId: MENU_IDS.page, pageUrl: 'https://app.box.com/file/77?sb=/details' })).toMatchObject({ files: [{ id: '77' }] });
    expect(launchFor({ menuItemId: MENU_IDS.page, pageUrl: 'https://app.box.com/notes/88' })).toMatchObject({ files: [], notSignable: [{ type: 'note' }] });
    expect(launchFor({ menuItemId: MENU_IDS.selected, pageUrl: page })).toBe('ask-page');
  });

  it('is shown on Box only (the toolbar button\'s "All requests" aside) and recreated from scratch', async () => {
    for (const item of MENU_ITEMS) {
      if (item.contexts.includes('action')) {
        expect(item).toEqual({ id: MENU_IDS.requests, title: 'All requests', contexts: ['action'] });
        continue;
      }
      expect(item.documentUrlPatterns?.length).toBeGreaterThan(0);
      for (const pattern of [...(item.documentUrlPatterns ?? []), ...(item.targetUrlPatterns ?? [])]) expect(pattern).toMatch(/^https:\/\/(app|\*)\.box\.com\//);
    }
    const menus = { removeAll: vi.fn(async () => {}), create: vi.fn() };
    await installMenus(menus);
    expect(menus.removeAll).toHaveBeenCalledBefore(menus.create);
    expect(menus.create).toHaveBeenCalledTimes(MENU_ITEMS.length);
    expect(launchFor({ menuItemId: MENU_IDS.requests })).toBeNull();
  });
});

describe('bulkLaunchFor', () => {
  it('opens the Bulk send page with the page file', () => {
    expect(bulkLaunchFor({ menuItemId: MENU_IDS.bulk, pageUrl: 'https://app.box.com/file/123456' }, 'chrome-extension://x/')).toBe(
      'chrome-extension://x/src/bulk/index.html?files=123456',
    );
  });

  it('does nothing for other items or pages', () => {
    expect(bulkLaunchFor({ menuItemId: MENU_IDS.page, pageUrl: 'https://app.box.com/file/123456' }, 'x/')).toBeNull();
    expect(bulkLaunchFor({ menuItemId: MENU_IDS.bulk, pageUrl: 'https://evil.example/file/1' }, 'x/')).toBeNull();
    expect(launchFor({ menuItemId: MENU_IDS.bulk, pageUrl: 'https://app.box.com/file/123456' })).toBeNull();
  });
});

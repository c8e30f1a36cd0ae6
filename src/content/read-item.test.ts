import { afterEach, describe, expect, it } from 'vitest';
import { openHtml, type FixturePage } from './fixture-page.test-helpers';
import { itemRootOf, readItem } from './read-item';

let page: FixturePage | undefined;
afterEach(async () => page?.close());

function first(html: string, url = 'https://app.box.com/folder/1') {
  page = openHtml(`<!doctype html><html><body>${html}</body></html>`, url);
  const el = page.doc.querySelector('[data-probe]')!;
  const root = itemRootOf(el);
  return root ? readItem(root, page.win.location.origin) : null;
}

describe('readItem', () => {
  it('reads a row whose ID sits on an inner element, from the name link up', () => {
    expect(
      first('<div class="table-row" data-item-index="4"><div data-resin-file_id="123456789"><a class="item-link" data-probe href="/file/123456789"> A\n  b.pdf </a></div></div>'),
    ).toEqual({ type: 'file', id: '123456789', name: 'A b.pdf', selected: false, index: 4 });
  });

  it('prefers the row attribute, falls back to the link href, and reads shared hrefs', () => {
    expect(first('<div data-resin-file_id="5" data-probe><a class="item-link" href="/file/6">x</a></div>')?.id).toBe('5');
    expect(first('<div class="table-row" data-probe><a class="item-link" href="/s/tok/file/7">x</a></div>')?.id).toBe('7');
  });

  it("reads a file link's href only when the row carries no valid file ID itself (one string fewer per row)", () => {
    page = openHtml('<!doctype html><html><body><div class="table-row" data-resin-file_id="5" id="own"><a class="item-link" href="/file/6">x</a></div><div class="table-row" data-resin-file_id="abc" id="bad"><a class="item-link" href="/file/14">y</a></div></body></html>', 'https://app.box.com/folder/1');
    const hrefReads: string[] = [];
    for (const link of page.doc.querySelectorAll('a')) {
      const read = link.getAttribute.bind(link);
      link.getAttribute = (name: string) => {
        if (name === 'href') hrefReads.push(link.closest('.table-row')!.id);
        return read(name);
      };
    }
    const read = (id: string) => readItem(page!.doc.getElementById(id)!, page!.win.location.origin);
    expect(read('own')).toMatchObject({ type: 'file', id: '5' });
    expect(read('bad')).toMatchObject({ type: 'file', id: '14' });
    expect(hrefReads).toEqual(['bad']);
  });

  it('types folders, notes (by link or .boxnote name), bookmarks and hubs', () => {
    expect(first('<div class="table-row" data-probe><a class="item-link" data-resin-folder_id="8" href="/folder/8">f</a></div>')?.type).toBe('folder');
    expect(first('<div class="table-row" data-resin-file_id="9" data-probe><a class="item-link" href="/notes/9">n</a></div>')?.type).toBe('note');
    expect(first('<div class="table-row" data-resin-file_id="9" data-probe><a class="item-link" href="/file/9">n.BOXNOTE</a></div>')?.type).toBe('note');
    expect(first('<div class="table-row" data-probe><a class="item-link" href="/web_link/10">w</a></div>')?.type).toBe('web_link');
    expect(first('<div class="table-row" data-probe><a class="item-link" href="/hubs/11">h</a></div>')?.type).toBe('hub');
  });

  it('reads each selection signal, and none of them means not selected', () => {
    const sel = (attrs: string, box = '') =>
      first(`<div data-resin-file_id="5" ${attrs} data-probe><a class="item-link" href="/file/5">x</a>${box}</div>`)?.selected;
    expect(sel('aria-selected="true"')).toBe(true);
    expect(sel('data-is-selected="true"')).toBe(true);
    expect(sel('class="is-selected"')).toBe(true);
    expect(sel('class="selected"')).toBe(true);
    expect(sel('', '<input type="checkbox" name="select-checkbox" checked>')).toBe(true);
    expect(sel('aria-selected="false" data-is-selected="false"', '<input type="checkbox" name="select-checkbox">')).toBe(false);
  });

  it('ignores header rows, rows without IDs and links outside rows', () => {
    expect(first('<div class="table-row" data-probe><span>Name</span></div>')).toBeNull();
    expect(first('<div class="table-row" data-resin-file_id="abc" data-probe>x</div>')).toBeNull();
    expect(first('<nav><a class="item-link" data-probe href="/file/12">x</a></nav>')).toBeNull();
    expect(first('<div class="table-row" data-probe><a class="item-link" href="https://evil.example/file/13">x</a></div>')).toBeNull();
  });

  it('collapses every kind of white space in names, a single tab or no-break space too', () => {
    const name = (text: string) => first(`<div data-resin-file_id="5" data-probe><a class="item-link" href="/file/5">${text}</a></div>`)?.name;
    expect(name('A\tb.pdf')).toBe('A b.pdf');
    expect(name('A\u00a0b.pdf')).toBe('A b.pdf');
    expect(name('A  b .pdf ')).toBe('A b .pdf');
    expect(name('A b.pdf')).toBe('A b.pdf');
    expect(name('A\t b.pdf')).toBe('A b.pdf');
    expect(name('A \n\tb.pdf')).toBe('A b.pdf');
  });

  it('resolves a page-relative href against the origin it is given', () => {
    const relative = '<div class="table-row" data-probe><a class="item-link" href="file/7">x</a></div>';
    expect(first(relative, 'https://app.box.com/folder/1')).toMatchObject({ type: 'file', id: '7' });
    expect(first(relative, 'https://example.com/folder/1')).toBeNull();
  });
});

// The watcher over time: navigation without reloads, recycled rows, scroll memory, deselection,
// teardown, and the early-outs that keep unrelated mutations cheap.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openFixture, openHtml, type FixturePage } from './fixture-page.test-helpers';
import { watchPage, type BatchInfo, type PageWatcher } from './watch-page';

let page: FixturePage;
let controller: AbortController;
let batches: BatchInfo[];
let watcher: PageWatcher;

function start(fixture: string): void {
  page = openFixture(fixture);
  controller = new AbortController();
  batches = [];
  watcher = watchPage(page.win, controller.signal, { onBatch: (b) => batches.push(b) });
}

const row = (index: number): HTMLElement => page.doc.querySelector(`[data-item-index="${index}"]`)!;
const ids = () => watcher.snapshot().files.map((f) => `${f.source}:${f.id}`);

/** What react-virtualized does on scroll: the same element now shows another item. */
function recycle(el: HTMLElement, id: string, name: string, index: number): void {
  el.setAttribute('data-resin-file_id', id);
  el.setAttribute('data-item-index', String(index));
  el.removeAttribute('aria-selected');
  el.classList.remove('is-selected');
  el.querySelector<HTMLInputElement>('input[name="select-checkbox"]')!.checked = false;
  const link = el.querySelector('a.item-link')!;
  link.setAttribute('href', `/file/${id}`);
  link.firstChild!.nodeValue = name;
}

function newRow(id: string, name: string, index: number): HTMLElement {
  const el = page.doc.createElement('div');
  el.className = 'ReactVirtualized__Table__row table-row';
  el.setAttribute('data-item-index', String(index));
  el.setAttribute('data-resin-file_id', id);
  el.innerHTML = `<div class="file-list-name"><a class="item-link" href="/file/${id}">${name}</a></div>`;
  return el;
}

afterEach(async () => {
  controller.abort();
  await page.close();
});

describe('watchPage: list changes', () => {
  beforeEach(() => start('folder-list.html'));

  it('remembers rows recycled for other items, with their selection, as the user scrolls', async () => {
    row(2).setAttribute('aria-selected', 'true');
    await page.settle();
    recycle(row(2), '2000000000020', 'Later.pdf', 20);
    await page.settle();
    // Offer letter (index 2) left the DOM selected: still selected. Its row now shows Later.pdf.
    expect(ids()).toEqual([
      'selected:1519554536417',
      'selected:1536173056065',
      'selected:1000000000003',
      'listed:1000000000006',
      'listed:2000000000020',
    ]);
    expect(watcher.memory.get('file', '2000000000020')).toMatchObject({ name: 'Later.pdf', selected: false, index: 20 });
  });

  it('reads rows that React mounts as new elements', async () => {
    page.doc.querySelector('.ReactVirtualized__Grid__innerScrollContainer')!.append(newRow('3000000000030', 'Mounted.pdf', 30));
    await page.settle();
    expect(batches.at(-1)).toMatchObject({ rows: 1 });
    expect(ids()).toContain('listed:3000000000030');
  });

  it('deselects a present row that is no longer selected (attribute, class or checkbox)', async () => {
    row(1).removeAttribute('aria-selected');
    await page.settle();
    // Still selected: its checkbox is checked.
    expect(ids()[0]).toBe('selected:1519554536417');
    const box = row(1).querySelector<HTMLInputElement>('input[name="select-checkbox"]')!;
    box.checked = false; // a property: no mutation record, but a change event
    box.dispatchEvent(new page.win.Event('change', { bubbles: true }));
    expect(watcher.memory.get('file', '1519554536417')?.selected).toBe(false);
    expect(ids()).not.toContain('selected:1519554536417');
  });

  it('re-reads present rows when asked, even if a checkbox changed silently', () => {
    row(6).querySelector<HTMLInputElement>('input[name="select-checkbox"]')!.checked = true;
    expect(watcher.memory.get('file', '1000000000006')?.selected).toBe(false);
    expect(ids()).toContain('selected:1000000000006');
  });

  it('coalesces a burst of mutations into one batch', async () => {
    for (let i = 0; i < 7; i++) row(i).classList.toggle('is-hovered');
    row(2).setAttribute('aria-selected', 'true');
    await page.settle();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ records: 8 });
  });

  it('does no scan for unrelated mutations', async () => {
    const querySelectorAll = vi.spyOn(page.doc, 'querySelectorAll');
    page.doc.querySelector('.notification')!.textContent = 'Upload complete';
    page.doc.querySelector('[data-resin-target="accountmenu"]')!.classList.add('is-active');
    page.doc.querySelector('.header')!.setAttribute('data-state', 'open');
    const panel = page.doc.createElement('section');
    panel.innerHTML = '<ul><li><a href="/file/999999999999">Recent item</a></li></ul><p>Tip</p>';
    page.doc.body.append(panel);
    await page.settle();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ rows: 0, urlChanged: false });
    expect(querySelectorAll).not.toHaveBeenCalled();
    expect(watcher.memory.size).toBe(7);
  });
});

describe('watchPage: navigation without reload', () => {
  it('follows a folder change and forgets the old folder rows', async () => {
    start('folder-list.html');
    page.push('/folder/480000000000');
    const list = page.doc.querySelector('.ReactVirtualized__Grid__innerScrollContainer')!;
    list.replaceChildren(newRow('4800000000001', 'In new folder.pdf', 0));
    await page.settle();
    expect(batches.at(-1)).toMatchObject({ urlChanged: true, rows: 1 });
    const result = watcher.snapshot();
    expect(result.folder).toEqual({ id: '480000000000', name: null });
    expect(result.files).toEqual([{ id: '4800000000001', name: 'In new folder.pdf', source: 'listed' }]);
  });

  it('keeps the list on a query-only change, and reports the new URL', async () => {
    start('folder-list.html');
    page.push('/folder/362946683803?sortColumn=date');
    page.win.dispatchEvent(new page.win.Event('popstate'));
    expect(batches.at(-1)).toMatchObject({ records: 0, urlChanged: true, rows: 0 });
    expect(watcher.memory.size).toBe(7);
    expect(watcher.snapshot().pageUrl).toBe('https://app.box.com/folder/362946683803?sortColumn=date');
  });

  it('follows the preview from file to file, ignoring ?sb= sidebar changes', async () => {
    start('file-preview.html');
    page.push('/file/787813783402?sb=/activity');
    page.doc.querySelector('.bcs-NavButton')!.classList.remove('bcs-is-selected');
    await page.settle();
    expect(batches.at(-1)).toMatchObject({ urlChanged: true, rows: 0 });
    expect(watcher.snapshot().files).toEqual([{ id: '787813783402', name: null, source: 'preview' }]);
    page.push('/file/787813783499');
    // No event and no mutation at all: the snapshot still reads the current URL.
    expect(watcher.snapshot().files).toEqual([{ id: '787813783499', name: null, source: 'preview' }]);
  });

  it('drops stale bootstrap data once the user navigates inside a share', async () => {
    start('shared-folder.html');
    expect(watcher.snapshot().folder?.name).toBe('ChestXray-NIHCC');
    page.push('/v/ChestXray-NIHCC/folder/37178474737');
    page.doc.querySelector('.ReactVirtualized__Grid__innerScrollContainer')!.replaceChildren();
    await page.settle();
    const result = watcher.snapshot();
    expect(result.folder).toEqual({ id: '37178474737', name: null });
    expect(result.files).toEqual([]);
    expect(result.sharedLink).toBe('https://nihcc.app.box.com/v/ChestXray-NIHCC');
  });
});

describe('watchPage: teardown', () => {
  it('stops observing and listening when the signal aborts', async () => {
    start('folder-list.html');
    controller.abort();
    recycle(row(2), '2000000000020', 'Later.pdf', 20);
    page.push('/folder/1');
    page.win.dispatchEvent(new page.win.Event('popstate'));
    const box = row(1).querySelector<HTMLInputElement>('input[name="select-checkbox"]')!;
    box.checked = false;
    box.dispatchEvent(new page.win.Event('change', { bubbles: true }));
    await page.settle();
    expect(batches).toEqual([]);
    expect(watcher.memory.get('file', '2000000000020')).toBeUndefined();
    expect(watcher.memory.get('file', '1519554536417')?.selected).toBe(true);
  });
});

describe('watchPage: initial scan of a long list', () => {
  it('reads thousands of present rows in slices, yielding between them, and stops on abort', async () => {
    const rowsHtml = Array.from({ length: 1200 }, (_, i) =>
      `<div class="table-row" data-item-index="${i}" data-resin-file_id="${9000 + i}"><a class="item-link" href="/file/${9000 + i}">f${i}.pdf</a></div>`,
    ).join('');
    page = openHtml(`<!doctype html><html><body><main>${rowsHtml}</main></body></html>`, 'https://app.box.com/folder/77');
    let clock = 0;
    vi.spyOn(page.win.performance, 'now').mockImplementation(() => (clock += 1)); // 1 ms per call
    controller = new AbortController();
    watcher = watchPage(page.win, controller.signal);
    const first = watcher.memory.size;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(250); // about SLICE_MS chunks of 50 rows
    await page.settle();
    expect(watcher.memory.size).toBeGreaterThan(first);
    controller.abort();
    const atAbort = watcher.memory.size;
    for (let i = 0; i < 10; i++) await page.settle();
    expect(watcher.memory.size).toBe(atAbort);
    expect(atAbort).toBeLessThan(1200);
  });

  it('finishes the scan when left alone', async () => {
    const rowsHtml = Array.from({ length: 600 }, (_, i) => `<div data-resin-file_id="${5000 + i}"><a class="item-link" href="/file/${5000 + i}">x</a></div>`).join('');
    page = openHtml(`<!doctype html><html><body>${rowsHtml}</body></html>`, 'https://app.box.com/folder/78');
    let clock = 0;
    vi.spyOn(page.win.performance, 'now').mockImplementation(() => (clock += 2));
    controller = new AbortController();
    watcher = watchPage(page.win, controller.signal);
    for (let i = 0; i < 20 && watcher.memory.size < 600; i++) await page.settle();
    expect(watcher.memory.size).toBe(600);
  });
});

describe('watchPage: the page origin', () => {
  it('resolves a row link relative to the page against the page origin, which it reads once', async () => {
    page = openHtml('<!doctype html><html><body><div class="table-row"><a class="item-link" href="file/7">a.pdf</a></div></body></html>', 'https://acme.app.box.com/folder/1');
    controller = new AbortController();
    watcher = watchPage(page.win, controller.signal);
    expect(watcher.snapshot().files).toEqual([{ id: '7', name: 'a.pdf', source: 'listed' }]);
  });
});

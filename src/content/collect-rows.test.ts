import { afterEach, describe, expect, it } from 'vitest';
import { openHtml, type FixturePage } from './fixture-page.test-helpers';
import { rowsIn, rowsInRecords } from './collect-rows';

let page: FixturePage | undefined;
afterEach(async () => page?.close());

const ROWS = '<div class="table-row" id="a" data-resin-file_id="1"><a class="item-link" href="/file/1">a</a><span id="date">x</span></div><div class="table-row" id="b" data-resin-file_id="2"><a class="item-link" href="/file/2">b</a></div>';
const attribute = (target: Element, attributeName: string) => ({ type: 'attributes', target, attributeName }) as unknown as MutationRecord;
const text = (parent: Element) => ({ type: 'characterData', target: parent.firstChild }) as unknown as MutationRecord;

describe('rowsInRecords', () => {
  it("finds each record's row, once, when several records in a row fall on the same element", () => {
    page = openHtml(`<!doctype html><html><body>${ROWS}</body></html>`, 'https://app.box.com/folder/1');
    const [a, b] = [page.doc.getElementById('a')!, page.doc.getElementById('b')!];
    const link = a.querySelector('a')!;
    const out = new Set<Element>();
    rowsInRecords([attribute(a, 'data-resin-file_id'), attribute(a, 'class'), attribute(link, 'href'), text(link), text(page.doc.getElementById('date')!), attribute(b.querySelector('a')!, 'href')], out);
    expect([...out].map((row) => row.id)).toEqual(['a', 'b']);
  });

  it('looks every element up again in the next batch or scan: the DOM may have changed since', () => {
    page = openHtml(`<!doctype html><html><body>${ROWS}</body></html>`, 'https://app.box.com/folder/1');
    const a = page.doc.getElementById('a')!;
    rowsInRecords([attribute(a, 'data-resin-file_id')], new Set());
    const again = new Set<Element>();
    rowsInRecords([attribute(a, 'data-resin-file_id')], again);
    expect([...again].map((row) => row.id)).toEqual(['a']);
    expect([...rowsIn(page.doc)].map((row) => row.id)).toEqual(['a', 'b']);
  });
});

// Which rows a batch of DOM mutations touched. This runs on every mutation batch of a busy
// single-page app, so it looks only at the mutated nodes (never the whole document) and drops
// everything that is not, or is not inside, a list row or grid card.
import { itemRootOf } from './read-item';
import { ID_ATTRIBUTES, ID_CARRIER, ITEM_ROOT, SELECT_CHECKBOX } from './selectors';

const ROOTS = `${ITEM_ROOT}, ${ID_CARRIER}`;
const ELEMENT_NODE = 1;

/**
 * The element whose row was looked up last. A scroll batch has about five records per recycled row,
 * consecutive ones on the same element (the row's ID and class; the link's href, then its text): that
 * element's row is not looked up again. A Set of the elements seen in the batch did the same, but
 * allocated and grew a table per batch: garbage the page collected mid-scroll (issue 13's p95).
 * Reset at each entry point: the DOM may have changed since.
 */
let last: Element | null | undefined;

/**
 * Every row or card in a subtree (the initial scan, the rows present when asked). An ID carrier
 * inside a row resolves to the row, so each item is read once, from its row.
 */
export function rowsIn(root: ParentNode): Set<Element> {
  const out = new Set<Element>();
  last = undefined;
  addRootsIn(root, out);
  return out;
}

function addRootsIn(root: ParentNode, out: Set<Element>): void {
  for (const element of root.querySelectorAll(ROOTS)) addRootOf(element, out);
}

/** Adds to `out` the rows whose item, name or selection the records may have changed. */
export function rowsInRecords(records: readonly MutationRecord[], out: Set<Element>): void {
  last = undefined;
  for (const record of records) {
    if (record.type === 'attributes') fromAttribute(record, out);
    else if (record.type === 'characterData') addRootOf(record.target.parentElement, out);
    else fromChildList(record, out);
  }
}

function fromAttribute(record: MutationRecord, out: Set<Element>): void {
  const target = record.target as Element;
  // An ID or href changes when react-virtualized recycles a row for another item. (An attribute's record
  // always names it; three names, so no Set.)
  if (ID_ATTRIBUTES.includes(record.attributeName!)) return addRootOf(target, out);
  // Selection state (class, aria-selected…) counts on the row itself or on its checkbox only:
  // class changes elsewhere (hover, focus, animations) are the commonest mutation on the page.
  // A row already in the batch (its ID changed too) needs no second look.
  if (out.has(target) || target.matches(ROOTS)) addRootOf(target, out);
  else if (record.attributeName === 'checked' && target.matches(SELECT_CHECKBOX)) addRootOf(target, out);
}

function fromChildList(record: MutationRecord, out: Set<Element>): void {
  // Something inside a row changed (its name text, its checkbox, a cell re-rendered).
  addRootOf(record.target.nodeType === ELEMENT_NODE ? (record.target as Element) : record.target.parentElement, out);
  for (const node of record.addedNodes) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (element.matches(ROOTS)) addRootOf(element, out);
    // Only subtrees with children can hold rows; leaf elements (icons, text spans) are skipped cheaply.
    if (element.firstElementChild !== null) addRootsIn(element, out);
  }
}

function addRootOf(element: Element | null, out: Set<Element>): void {
  if (element === last) return;
  last = element;
  const root = element ? itemRootOf(element) : null;
  if (root) out.add(root);
}

// Empties the clipboard from a document that has neither focus nor a user gesture: Chrome's offscreen
// document (src/offscreen/) and Firefox's background page. `navigator.clipboard` refuses there; the
// `copy` command does not (with the `clipboardWrite` permission, in both browsers), and its event
// handler sets what is copied: nothing.

/** True if the clipboard was cleared. The document needs a body: the copy event is fired at it. */
export function clearClipboardIn(doc: Document): boolean {
  let handled = false;
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', '');
    event.preventDefault();
    handled = event.clipboardData !== null;
  };
  doc.addEventListener('copy', onCopy);
  try {
    // execCommand is deprecated, but is the only clipboard write without focus; it answers false when refused.
    return doc.execCommand('copy') && handled;
  } finally {
    doc.removeEventListener('copy', onCopy);
  }
}

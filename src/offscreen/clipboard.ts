// Chrome's offscreen document for the clipboard's clear (background/guard/clipboard.ts): a service
// worker has no DOM to copy from. It clears as it loads (a module script runs before the load event
// that `offscreen.createDocument` waits for); the worker closes it straight after.
import { clearClipboardIn } from '../platform/clipboard-clear';

clearClipboardIn(document);

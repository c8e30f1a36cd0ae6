// How long a copied password stays on the clipboard (issue 16: "clears it after 60 seconds"). A module
// of its own: the popup's Copy needs this number at start, and importing it from the protocol would pull
// every answer schema into the popup's first file (the protocol loads with the first message instead).
export const CLEAR_CLIPBOARD_AFTER_MS = 60_000;

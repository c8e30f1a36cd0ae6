// The popup's first script, built as a classic script of its own (scripts/popup-bundle.ts) and run
// by the popup's HTML before its module: see popup-early.ts.
import { EARLY_GLOBAL, startEarlyReads } from './popup-early';

(globalThis as Record<string, unknown>)[EARLY_GLOBAL] = startEarlyReads();

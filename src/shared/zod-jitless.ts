// zod can compile parsers with `new Function`, which the extension's CSP refuses: its probe for
// that, though caught, is reported as a CSP violation in every context. `jitless` turns the probe
// and the compiling off. Every entry imports this module before any other that uses zod, so the
// setting is in place before the first schema is built or parsed.
import { config } from 'zod/mini';

config({ jitless: true });

// A whole number as `z.int()` takes one (a safe integer), as a refine check on `z.number()`: the same
// numbers pass, and the service worker carries no number-format kind for it (zod's number formats with
// their ranges table, ~1 kB minified).
import * as z from 'zod/mini';

/** The check alone, for `z.number().check(wholeCheck(), …)`; it stops the checks after it, as `z.int()` does. */
export const wholeCheck = (message?: string) => z.refine<number>(Number.isSafeInteger, { message, abort: true });

/** A safe integer, as `z.int(message)`. */
export const whole = (message?: string) => z.number(message).check(wholeCheck(message));

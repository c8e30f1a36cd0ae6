// Phone number types in the background, for `blockLandlineSms` only. libphonenumber's full metadata
// (~150 KB) is not bundled into the service worker: it ships as a file in the build (vite.config.ts
// writes `guard/phone-metadata.json`) and is fetched from the extension itself the first time a
// request is checked with that policy on. Reading a type from it is a few regular expressions, done
// here as libphonenumber-js's `getNumberType` does it: `libphonenumber-js/core` would add ~37 KB of
// minified code to a service worker whose size budget has less than 1 KB to spare. The tests hold
// this against libphonenumber-js itself on Google's example numbers.
import { loadOnce } from '../../shared/load-once';

export const PHONE_METADATA_FILE = 'guard/phone-metadata.json';

export type PhoneTypes = (e164: string) => Promise<string | undefined>;

/** One numbering plan of libphonenumber-js's metadata (format version 4): the fields read here. */
type TypeDesc = [pattern: string, lengths?: number[]] | 0 | undefined;
type Plan = { 2: string; 3: number[]; 10?: string; 11?: TypeDesc[] | 0 };
type Metadata = { country_calling_codes: Record<string, string[]>; countries: Record<string, Plan>; nonGeographic?: Record<string, Plan> };

// Index in a plan's type list, in the order libphonenumber tries them after fixed line.
const FIXED_LINE = 0;
const MOBILE = 1;
const OTHER_TYPES: [number, string][] = [
  [1, 'MOBILE'], [3, 'PREMIUM_RATE'], [2, 'TOLL_FREE'], [9, 'SHARED_COST'], [8, 'VOIP'],
  [4, 'PERSONAL_NUMBER'], [7, 'PAGER'], [6, 'UAN'], [5, 'VOICEMAIL'],
];

const whole = (pattern: string, digits: string) => new RegExp(`^(?:${pattern})$`).test(digits);

/** The type of a national number in one plan, or undefined when the plan does not know it. */
export function typeInPlan(plan: Plan, national: string): string | undefined {
  const types = plan[11];
  if (!types || !whole(plan[2], national)) return undefined;
  const is = (index: number) => {
    const desc = types[index];
    if (!desc || !desc[0]) return false;
    return (desc[1] ?? plan[3]).includes(national.length) && whole(desc[0], national);
  };
  if (is(FIXED_LINE)) {
    // A mobile pattern left out (or empty) means it was the fixed-line one: the US, Canada…
    const mobile = types[MOBILE];
    return !mobile || !mobile[0] || is(MOBILE) ? 'FIXED_LINE_OR_MOBILE' : 'FIXED_LINE';
  }
  return OTHER_TYPES.find(([index]) => is(index))?.[1];
}

/** The type of an E.164 number: its calling code, then the region whose leading digits or types fit. */
export function phoneTypeOf(metadata: Metadata, e164: string): string | undefined {
  const digits = e164.slice(1);
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length);
    const national = digits.slice(length);
    const nonGeographic = metadata.nonGeographic?.[code];
    if (nonGeographic) return typeInPlan(nonGeographic, national);
    const regions = metadata.country_calling_codes[code];
    if (!regions) continue;
    for (const region of regions) {
      const plan = metadata.countries[region];
      if (!plan) continue;
      const leading = plan[10];
      if (leading ? national.search(leading) === 0 : typeInPlan(plan, national) !== undefined) return typeInPlan(plan, national);
    }
    return undefined;
  }
  return undefined;
}

/** `load` fetches the metadata; it is asked once, again only after a failure. */
export function phoneTypes(load: () => Promise<unknown>): PhoneTypes {
  const metadata = loadOnce(load as () => Promise<Metadata>);
  return async (e164) => phoneTypeOf(await metadata(), e164);
}

// phone.ts (with libphonenumber-js/max, ~145 kB minified) loaded on demand, so it is not part of the
// popup's initial scripts: the popup calls `loadPhone()` right after its first render and awaits it
// before validating a submit. Until it has loaded, `normalisePhone` returns null ("not checked yet").
import type { PhoneResult } from './phone';

type PhoneModule = typeof import('./phone');

let loaded: PhoneModule | null = null;
let loading: Promise<void> | null = null;

/** Starts loading the phone module (once); resolves when `normalisePhone` checks numbers. */
export function loadPhone(): Promise<void> {
  loading ??= import('./phone').then(
    (phone) => {
      loaded = phone;
    },
    (error: unknown) => {
      loading = null; // A failed load may be retried by the next call.
      throw error;
    },
  );
  return loading;
}

export function phoneLoaded(): boolean {
  return loaded !== null;
}

/** The phone module's `normalisePhone`, or null while it has not loaded. */
export function normalisePhone(input: string, defaultCountry: string): PhoneResult | null {
  return loaded ? loaded.normalisePhone(input, defaultCountry) : null;
}

/** The phone module's `phoneType`, or undefined while it has not loaded. */
export function phoneType(e164: string): string | undefined {
  return loaded?.phoneType(e164);
}

// The form's validator (sign-form.ts: the policy and template rules, zod's English messages) loaded
// after the popup's first render, as the phone checks are (phone/phone-loader.ts): nothing is
// validated before the user first presses Send, which waits for it.
import { loadPhone } from './phone/phone-loader';

type Validate = typeof import('./sign-form').validateSignForm;

let loaded: Validate | null = null;
let loading: Promise<void> | null = null;

/** Starts loading the validator and the phone checks it uses (once); resolves when both are there. */
export function loadSignForm(): Promise<void> {
  loading ??= Promise.all([import('./sign-form'), loadPhone()]).then(
    ([form]) => {
      loaded = form.validateSignForm;
    },
    (error: unknown) => {
      loading = null; // A failed load may be retried by the next call.
      throw error;
    },
  );
  return loading;
}

/** `validateSignForm`, or null while it (or the phone checks) has not loaded. */
export function signFormValidator(): Validate | null {
  return loaded;
}

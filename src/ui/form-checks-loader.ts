// The sending form's checks, loaded after the popup's first render as the phone checks are
// (phone/phone-loader.ts), so none of them is in the popup's first scripts (issue 13): the validator
// (sign-form.ts: the policy and template rules, zod's English messages) and the signer guard's notes
// (signer-guard.ts: look-alike domains, password strength). Nothing is validated before the user
// first presses Send, which waits for them; the guard's notes appear once they are there.
import { loadPhone } from './phone/phone-loader';

type Validate = typeof import('./sign-form').validateSignForm;
type SignerGuard = typeof import('./signer-guard');

let loaded: { validate: Validate; guard: SignerGuard } | null = null;
let loading: Promise<void> | null = null;

/** Starts loading the checks and the phone checks they use (once); resolves when all are there. */
export function loadFormChecks(): Promise<void> {
  loading ??= Promise.all([import('./sign-form'), import('./signer-guard'), loadPhone()]).then(
    ([form, guard]) => {
      loaded = { validate: form.validateSignForm, guard };
    },
    (error: unknown) => {
      loading = null; // A failed load may be retried by the next call.
      throw error;
    },
  );
  return loading;
}

/** `validateSignForm`, or null while the checks have not loaded. */
export function formValidator(): Validate | null {
  return loaded?.validate ?? null;
}

/** The signer guard's notes, or null while the checks have not loaded. */
export function signerGuardNotes(): SignerGuard | null {
  return loaded?.guard ?? null;
}

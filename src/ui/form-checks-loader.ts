// The sending form's checks, loaded after the popup's first render as the phone checks are
// (phone/phone-loader.ts), so none of them is in the popup's first scripts (issue 13): the validator
// (sign-form.ts: the policy and template rules, zod's English messages) and the signer guard's notes
// (signer-guard.ts: look-alike domains, password strength) with the look-alike table they need, a
// data file of the package (platform/packaged.ts). Nothing is validated before the user first presses
// Send, which waits for them; the guard's notes appear once they are there.
import type { Confusables } from '../shared/guard/confusables';
import { loadPhone } from './phone/phone-loader';

type Validate = typeof import('./sign-form').validateSignForm;
type SignerGuard = typeof import('./signer-guard') & { confusables: Confusables };

/** The look-alike table from the package, its reader loaded with the checks rather than in the first scripts. */
const lookalikeTable = () => import('../platform/packaged').then((packaged) => packaged.loadConfusables());

let loaded: { validate: Validate; guard: SignerGuard } | null = null;
let loading: Promise<void> | null = null;

/** Starts loading the checks and the phone checks they use (once); resolves when all are there. */
export function loadFormChecks(): Promise<void> {
  loading ??= Promise.all([import('./sign-form'), import('./signer-guard'), lookalikeTable(), loadPhone()]).then(
    ([form, guard, confusables]) => {
      loaded = { validate: form.validateSignForm, guard: { ...guard, confusables } };
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

/** The signer guard's notes and the look-alike table, or null while the checks have not loaded. */
export function signerGuardNotes(): SignerGuard | null {
  return loaded?.guard ?? null;
}

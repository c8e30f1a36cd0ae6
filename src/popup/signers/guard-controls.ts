// The signer guard's controls (GuardControls.tsx, with the password generator and the clipboard),
// loaded once the popup is idle (SignerList) or when a row first shows one: the form is usable
// without them, and where a row shows them they appear a moment after its fields.
import { lazyComponent } from '../../ui/lazy';

const load = () => import('./GuardControls');

export const PasswordTools = lazyComponent(() => load().then((m) => m.PasswordTools));
export const PhoneConfirmations = lazyComponent(() => load().then((m) => m.PhoneConfirmations));

/** Loads both, so neither waits for its own render to start. */
export const preloadGuardControls = (): Promise<unknown> => Promise.all([PasswordTools.preload(), PhoneConfirmations.preload()]);

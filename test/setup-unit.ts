// webextension-polyfill throws outside an extension. Unit tests never touch the real
// browser APIs: modules take their platform dependencies as parameters, and this mock
// makes an accidental import fail loudly instead of at module load.
import { vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, {
    get(_target, prop) {
      throw new Error(`browser.${String(prop)} used in a unit test: inject a fake instead`);
    },
  }),
}));

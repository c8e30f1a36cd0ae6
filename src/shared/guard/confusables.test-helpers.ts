// The look-alike table the package ships (public/guard/confusables.json), for tests of the code that
// is passed it: the same data the extension fetches, read without a browser.
import groups from '../../../public/guard/confusables.json' with { type: 'json' };
import { confusablesFrom } from './confusables';

export const SHIPPED_CONFUSABLES = confusablesFrom(groups);

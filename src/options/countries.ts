import { messagesLanguage } from '../shared/i18n';
import { getCountries, getCountryCallingCode } from 'libphonenumber-js/max';
import { regionName } from '../ui/sign-form';

type CountryOption = { value: string; label: string };

/** Every region libphonenumber-js knows, by name in the messages' language, with its calling code as a cue. */
export function countryOptions(): CountryOption[] {
  return getCountries()
    .map((code) => ({ value: code, label: `${regionName(code)} (+${getCountryCallingCode(code)})` }))
    .sort((a, b) => a.label.localeCompare(b.label, messagesLanguage()));
}

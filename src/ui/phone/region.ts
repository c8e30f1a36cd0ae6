// Country names for display. Kept apart from phone.ts so the popup can name the default country
// without loading libphonenumber-js (which phone-loader.ts loads after the first render).
import { messagesLanguage } from '../../shared/i18n';

let regionNames: Intl.DisplayNames | undefined;

/** "GB" → "United Kingdom", in the language of the messages around it ("Vereinigtes Königreich" in German). */
export function regionName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames([messagesLanguage(), 'en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code; // Not a well-formed region code: show it as stored.
  }
}

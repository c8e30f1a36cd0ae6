// The options page: connect a Box account, and the popup's defaults.
import { ConnectionSection } from './ConnectionSection';
import type { OptionsDeps } from './deps';
import { PreferencesSection } from './PreferencesSection';

export function OptionsApp(props: OptionsDeps) {
  return (
    <main class="options">
      <h1>Secure Sign for Box</h1>
      <ConnectionSection background={props.background} redirectUri={props.redirectUri} />
      <PreferencesSection settingsArea={props.settingsArea} />
    </main>
  );
}

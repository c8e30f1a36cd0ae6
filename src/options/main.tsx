// Wires the options page to the real browser through src/platform.
import { render } from 'preact';
import { areas, background } from '../platform/index';
import { OptionsApp } from './App';

// Chrome's identity redirect URL is https://<extension-id>.chromiumapp.org/, and this page's
// own URL is chrome-extension://<extension-id>/…, so the ID needs no browser API.
const redirectUri = `https://${location.host}.chromiumapp.org/`;

render(<OptionsApp background={background} settingsArea={areas.sync} redirectUri={redirectUri} />, document.getElementById('app')!);

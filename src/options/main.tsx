// Wires the options page to the real browser through src/platform.
import { render } from 'preact';
import { areas, background, redirectUri } from '../platform/index';
import { OptionsApp } from './App';

render(<OptionsApp background={background} settingsArea={areas.sync} redirectUri={redirectUri()} />, document.getElementById('app')!);

// Wires the options page to the real browser through src/platform.
import { render } from 'preact';
import { areas, background, readManaged, redirectUri } from '../platform/index';
import { OptionsApp } from './App';

render(<OptionsApp background={background} settingsArea={areas.sync} readManaged={readManaged} redirectUri={redirectUri()} />, document.getElementById('app')!);

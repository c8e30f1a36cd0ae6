// Wires the options page to the real browser through src/platform.
import { render } from 'preact';
import { areas, background, notificationPermission, readManaged, redirectUri } from '../platform/index';
import { OptionsApp } from './App';

render(<OptionsApp background={background} settingsArea={areas.sync} readManaged={readManaged} redirectUri={redirectUri()} requestNotifications={notificationPermission.request} />, document.getElementById('app')!);

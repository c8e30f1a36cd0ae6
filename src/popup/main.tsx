// Wires the popup to the real browser through src/platform.
import { render } from 'preact';
import { areas, background, getActiveTabFiles, notificationPermission, openOptionsPage } from '../platform/index';
import { App } from './App';

render(
  <App
    background={background}
    getActiveTabFiles={getActiveTabFiles}
    draftArea={areas.session}
    recentArea={areas.local}
    settingsArea={areas.sync}
    openOptionsPage={openOptionsPage}
    notificationPermission={notificationPermission}
  />,
  document.getElementById('app')!,
);

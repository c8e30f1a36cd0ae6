// Wires the popup to the real browser through src/platform.
import { render } from 'preact';
import { areas, background, getActiveTabFiles, knownConnected, notificationPermission, openOptionsPage } from '../platform/index';
import { App } from './App';
import { messagesLanguage, t } from '../shared/i18n';

// The page says which language its words are in (the catalogue the browser chose), for screen readers.
document.documentElement.lang = messagesLanguage();
document.title = t('extName');

render(
  <App
    background={background}
    getActiveTabFiles={getActiveTabFiles}
    draftArea={areas.session}
    recentArea={areas.local}
    settingsArea={areas.sync}
    knownConnected={knownConnected}
    openOptionsPage={openOptionsPage}
    notificationPermission={notificationPermission}
  />,
  document.getElementById('app')!,
);

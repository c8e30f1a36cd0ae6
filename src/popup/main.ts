// Wires the popup to the real browser through src/platform.
//
// popup-early comes first: it starts the reads the form needs before the other modules are
// evaluated (see there). So nothing may be imported ahead of it: the style sheets are imported here
// rather than linked from index.html (the build would import them first, and the shared theme's
// chunk brings zod along), and this file has no JSX (the JSX runtime's import would go on top).
import { early } from '../platform/popup-early';
import '../shared/zod-jitless';
import '../ui/theme.css';
import './popup.css';
import { h, render } from 'preact';
import { areas, background, companyHostAccess, notificationPermission, openOptionsPage, openRequestsPage, popupPlatform } from '../platform/index';
import { App } from './App';
import { hmacProver } from '../platform/settings-prover';
import { guardedSettingsArea } from '../ui/settings-guard';
import { messagesLanguage, t } from '../shared/i18n';

// The page says which language its words are in (the catalogue the browser chose), for screen readers.
document.documentElement.lang = messagesLanguage();
document.title = t('extName');

const platform = popupPlatform(early);

render(
  h(App, {
    background,
    getActiveTabFiles: platform.getActiveTabFiles,
    draftArea: platform.session,
    recentArea: areas.local,
    settingsArea: guardedSettingsArea(platform.sync, hmacProver()),
    knownConnected: platform.knownConnected,
    openOptionsPage,
    companyHosts: companyHostAccess.list,
    readManaged: platform.readManaged,
    notificationPermission,
    allRequests: { area: areas.local, open: openRequestsPage },
  }),
  document.getElementById('app')!,
);

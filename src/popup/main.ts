// Wires the popup to the real browser through src/platform.
//
// The reads the form needs were started by the popup's first script, a classic one run before this
// module (platform/popup-early.ts): they are taken from it here. zod's setting comes before any
// module that builds a schema; the style sheets are imported here (the build inlines them into the
// HTML), and this file has no JSX (the JSX runtime's import would go on top).
import { takeEarlyReads } from '../platform/popup-early';
import '../shared/zod-jitless';
import '../ui/theme.css';
import './popup.css';
import { h, render } from 'preact';
import { areas, background, notificationPermission, openOptionsPage, openRequestsPage, popupPlatform } from '../platform/index';
import { App } from './App';
import { hmacProver } from '../platform/settings-prover';
import { guardedSettingsArea } from '../ui/settings-guard';
import { messagesLanguage, t } from '../shared/i18n';

// The page says which language its words are in (the catalogue the browser chose), for screen readers.
document.documentElement.lang = messagesLanguage();
document.title = t('extName');

const platform = popupPlatform(takeEarlyReads());

render(
  h(App, {
    background,
    getActiveTabFiles: platform.getActiveTabFiles,
    draftArea: platform.session,
    recentArea: areas.local,
    settingsArea: guardedSettingsArea(platform.sync, hmacProver()),
    knownConnected: platform.knownConnected,
    openOptionsPage,
    // Loaded with the rule that recognises them: App asks for them once the popup is idle.
    companyHosts: () => import('../platform/company-hosts').then((m) => m.companyHostAccess.list()),
    readManaged: platform.readManaged,
    notificationPermission,
    allRequests: { area: areas.local, open: openRequestsPage },
  }),
  document.getElementById('app')!,
);

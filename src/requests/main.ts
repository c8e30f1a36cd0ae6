// Wires the "All requests" page to the real browser through src/platform.
//
// requests-early comes first: it starts reading the cached list before the other modules are evaluated.
// So nothing may be imported ahead of it, the style sheets are imported here, and this file has no JSX
// (the JSX runtime's import would go on top).
import { earlyList } from '../platform/requests-early';
import '../ui/theme.css';
import './requests.css';
import { h, render } from 'preact';
import { areas, background, browser } from '../platform/index';
import { companyHostAccess } from '../platform/company-hosts';
import { REQUESTS_KEY } from '../shared/requests-cache';
import { messagesLanguage, t } from '../shared/i18n';
import { isOpenableBoxUrl } from '../shared/box-urls';
import { RequestsApp } from './App';
import type { RequestsDeps } from './deps';

document.documentElement.lang = messagesLanguage();
document.title = `${t('reqAllRequests')} · ${t('extShortName')}`;

const deps: RequestsDeps = {
  background,
  local: areas.local,
  session: areas.session,
  ...(earlyList ? { earlyList } : {}),
  onListChanged(listener) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && REQUESTS_KEY in changes) listener();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  openTab(url) {
    void companyHostAccess.list().then((hosts) => {
      if (isOpenableBoxUrl(url, hosts)) return browser.tabs.create({ url });
    });
  },
  now: Date.now,
  companyHosts: companyHostAccess.list,
};

render(h(RequestsApp, { deps }), document.getElementById('app')!);

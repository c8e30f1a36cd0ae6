// Wires the "All requests" page to the real browser through src/platform.
import { render } from 'preact';
import { areas, background, browser } from '../platform/index';
import { REQUESTS_KEY } from '../shared/requests-cache';
import { messagesLanguage, t } from '../shared/i18n';
import { isBoxWebUrl } from './box-links';
import { RequestsApp } from './App';
import type { RequestsDeps } from './deps';

document.documentElement.lang = messagesLanguage();
document.title = `${t('reqAllRequests')} · ${t('extShortName')}`;

const deps: RequestsDeps = {
  background,
  local: areas.local,
  session: areas.session,
  onListChanged(listener) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && REQUESTS_KEY in changes) listener();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  openTab(url) {
    if (isBoxWebUrl(url)) void browser.tabs.create({ url });
  },
  now: Date.now,
};

render(<RequestsApp deps={deps} />, document.getElementById('app')!);

// Wires the options page to the real browser through src/platform.
import '../shared/zod-jitless';
import { render } from 'preact';
import { areas, background, notificationPermission, readManaged, redirectUri } from '../platform/index';
import { companyHostAccess } from '../platform/company-hosts';
import { OptionsApp } from './App';
import { hmacProver } from '../platform/settings-prover';
import { guardedSettingsArea } from '../ui/settings-guard';
import { messagesLanguage, t } from '../shared/i18n';

// The page says which language its words are in (the catalogue the browser chose), for screen readers.
document.documentElement.lang = messagesLanguage();
document.title = t('extName');

render(<OptionsApp background={background} settingsArea={guardedSettingsArea(areas.sync, hmacProver())} readManaged={readManaged} redirectUri={redirectUri()} requestNotifications={notificationPermission.request} hostAccess={companyHostAccess} />, document.getElementById('app')!);

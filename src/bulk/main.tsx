// Wires the Bulk send page to the real browser through src/platform. The popup (or the context
// menu) opens it with the chosen files or template in the address: ?files=1,2&template=ID.
import { render } from 'preact';
import { areas, backgroundClient, readManaged } from '../platform/index';
import { companyHostAccess } from '../platform/company-hosts';
import { backgroundProtocol } from '../shared/messages';
import { bulkProtocol } from '../shared/schemas/bulk';
import { messagesLanguage } from '../shared/i18n';
import { BulkApp } from './App';
import { launchFromUrl } from '../shared/bulk-launch';
import { words } from './words';

document.documentElement.lang = messagesLanguage();
document.title = words.title;

// Bulk send's own messages with the pages': the other pages do not load their schemas.
const background = backgroundClient({ ...backgroundProtocol, ...bulkProtocol });

render(<BulkApp background={background} settingsArea={areas.sync} readManaged={readManaged} launch={launchFromUrl(location.search)} companyHosts={companyHostAccess.list} />, document.getElementById('app')!);

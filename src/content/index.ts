// Content script entry: answers the extension's questions about the page. Reads `location`
// at the moment of asking, so Box's in-app navigation (pushState) needs no tracking yet.
import { contentProtocol } from '../shared/messages';
import { createHandler } from '../shared/messaging';
import { isOwnExtension, type SenderLike } from '../shared/senders';
import { extensionId, onExtensionMessage } from '../platform/content';
import { pageFiles } from './page-files';

const handle = createHandler(
  contentProtocol,
  { getPageFiles: () => pageFiles(location) },
  {
    allowSender: (sender: SenderLike) => isOwnExtension(sender, extensionId()),
    toUserError: () => ({ message: 'The Box page could not be read. Reload it and try again.' }),
  },
);

onExtensionMessage(handle);

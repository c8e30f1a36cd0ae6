// Content script entry. The signal is never aborted today: the script lives as long as the
// page. It exists so the feature can be switched off, and so tests can prove the teardown.
import { extensionId, onExtensionMessage } from '../platform/content';
import { init } from './init';

init(new AbortController().signal, window, { extensionId, onMessage: onExtensionMessage });

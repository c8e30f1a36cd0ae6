// The service worker's message listener: the background's message table behind the sender check.
// Apart from index.ts so a test can drive it with a fake runtime (the sender check is the rule that
// keeps web pages and content scripts from causing a sign request).
import { backgroundRequests } from '../shared/messages';
import { bulkRequests } from '../shared/schemas/bulk';
import { createHandler } from './message-handler';
import { isExtensionPage, type SenderLike } from '../shared/senders';
import { toUserError } from './box/box-error';
import { backgroundHandlers, type Services, type WorkerProtocol } from './handlers';
import { guardUserError } from './guard/enforce';
import { policyUserError } from './policy/policy-error';
import { trackingUserError } from './tracking/errors';

/** Who this extension is, as the browser reports it (platform/background.ts). */
export interface RuntimeIdentity {
  extensionId(): string;
  extensionBaseUrl(): string;
}

export function createBackgroundListener(services: Services, runtime: RuntimeIdentity) {
  // The requests alone: the worker never checks its own answers, and leaves their schemas out.
  return createHandler<WorkerProtocol, SenderLike>({ ...backgroundRequests, ...bulkRequests }, backgroundHandlers(services), {
    // Only the extension's own pages may ask for anything, above all a sign request.
    allowSender: (sender: SenderLike) => isExtensionPage(sender, runtime.extensionId(), runtime.extensionBaseUrl()),
    toUserError: (error) => policyUserError(error) ?? trackingUserError(error) ?? guardUserError(error) ?? toUserError(error),
  });
}

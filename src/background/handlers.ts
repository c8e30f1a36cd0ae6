// What the background does for each message. Pure wiring over injected services, so the
// whole table is unit-tested without a browser.
import type { AuthState, backgroundProtocol, bulkProtocol } from '../shared/messages';
import type { Handlers } from './message-handler';
import type { SenderLike } from '../shared/senders';
import { toAuthState, type Auth, type AuthStatus } from './auth/auth';
import { BoxApiError } from './box/box-error';
import type { BoxClient } from './box/client';
import { toSummary } from './box/payload';
import { sendSignRequest } from './box/send';
import { listTemplates } from './box/templates';
import { parseBoxUrl } from '../shared/box-urls';
import type { PolicyRules } from '../shared/settings';
import { fileNameCache, withTracking } from './tracking/handlers';
import { guardedSend, guardHandlers, type Guard } from './guard/handlers';
import type { Tracker } from './tracking/tracker';
import type { BulkQueue } from './bulk/queue';
import type { Dashboard } from './requests/dashboard';
import { bulkHandlers } from './bulk/handlers';
import { requestsHandlers } from './requests/handlers';
import type { ClipboardClearer } from './guard/clipboard';

export interface Services {
  auth: Auth;
  client: BoxClient;
  /** For tests: a predictable external_id. */
  newExternalId?: () => string;
  /** Requests sent from this browser (tests: handlers.test-helpers.ts gives throwaway in-memory ones of these four). */
  tracking: Tracker;
  /** Bulk send's queue. */
  bulk: BulkQueue;
  /** Told every connection state the background answers with (storage.session keeps it for the popup). Must not throw. */
  onAuthState?: (state: AuthState) => Promise<void>;
  /** The organisation's rules now, checked before every send (none without it). */
  rules?: () => Promise<PolicyRules>;
  /** The signer guard (issue 16). */
  guard: Guard;
  /** "All requests". */
  requests: Dashboard;
  /** Clears the clipboard a minute after a page copied a password. */
  clipboard: ClipboardClearer;
}

/** Every message the worker answers: the pages' and Bulk send's. */
export type WorkerProtocol = typeof backgroundProtocol & typeof bulkProtocol;

export function backgroundHandlers(services: Services): Handlers<WorkerProtocol, SenderLike> {
  const { auth, client: box, newExternalId, tracking, bulk, onAuthState, rules, requests, guard, clipboard } = services;
  // Remembers the names of files looked up, so the "Sent" list can name what was sent.
  const names = fileNameCache(box);
  const client = names.client;
  // Recorded before the answer goes back, so a popup opened right after sees it.
  const told = async (state: AuthState): Promise<AuthState> => {
    await onAuthState?.(state);
    return state;
  };
  // Every successful send is recorded before the answer goes back (see withTracking).
  const table = withTracking(
    tracking,
    names,
    {
      getFile: async ({ fileId, sharedLink }) => client.getFile(fileId, sharedLink ? { sharedLink: boxShareLink(sharedLink) } : {}),
      resolveSharedLink: async ({ sharedLink }) => client.resolveSharedFile(boxShareLink(sharedLink)),
      listTemplates: () => listTemplates(client),
      getSignRequest: async ({ id }) => toSummary(await client.getSignRequest(id)),
      getAuthState: async () => told(await withUser(auth, client, await auth.state())),
      connectOAuth: async ({ clientId, clientSecret }) => told(await withUser(auth, client, await auth.connectOAuth(clientId, clientSecret))),
      connectDeveloperToken: async ({ token }) => told(await withUser(auth, client, await auth.connectDeveloperToken(token))),
      disconnect: async () => told(toAuthState(await auth.disconnect())),
      ...guardHandlers(guard),
      clearClipboardLater: async () => {
        await clipboard.schedule();
        return {};
      },
      ...requestsHandlers(requests, box, Date.now),
    },
    // The external_id comes from the tracker, which stores it before the create is posted.
    async (request, externalId) => sendSignRequest({ client, request, newExternalId: () => externalId, ...(rules ? { rules: await rules() } : {}) }),
    newExternalId,
  );
  // The guard's rules run before the tracker records anything.
  return { ...table, ...bulkHandlers(bulk), sendSignRequest: guardedSend(guard, table.sendSignRequest) };
}

/**
 * Adds who is connected. A 401 that survives a refresh means the session is over: report
 * "not connected" rather than an error, so the UI offers to reconnect. Other failures
 * (offline, Box down) keep the connection and show no name.
 */
async function withUser(auth: Auth, client: BoxClient, status: AuthStatus): Promise<AuthState> {
  if (!status.connected) return toAuthState(status);
  try {
    const user = await client.getMe();
    // Read again: getMe may have refreshed the tokens, which renews the connection's 60 days.
    return toAuthState(await auth.state(), user);
  } catch (error) {
    if (error instanceof BoxApiError && error.status === 401) return toAuthState(await auth.state());
    return toAuthState(status);
  }
}

/**
 * The canonical Box share link behind a URL the page reported, or an error. The link goes to
 * Box in the BoxApi header, so only Box's own `/s/` and `/v/` links are passed on.
 */
function boxShareLink(link: string): string {
  const location = parseBoxUrl(link);
  const share = location.kind === 'shared-link' ? location.share : location.kind === 'file' || location.kind === 'folder' ? location.share : null;
  if (!share) throw new BoxApiError({ status: 0, code: 'invalid_shared_link', message: 'Not a Box shared link', resource: 'file' });
  return share.url;
}

// What the background does for each message. Pure wiring over injected services, so the
// whole table is unit-tested without a browser.
import type { AuthState, backgroundProtocol } from '../shared/messages';
import type { Handlers } from '../shared/message-handler';
import type { SenderLike } from '../shared/senders';
import { toAuthState, type Auth, type AuthStatus } from './auth/auth';
import { BoxApiError } from './box/box-error';
import type { BoxClient } from './box/client';
import { toSummary } from './box/payload';
import { sendSignRequest } from './box/send';
import { listTemplates } from './box/templates';
import { parseBoxUrl } from '../shared/box-urls';
import { memoryArea } from '../shared/storage-area';
import { fileNameCache, withTracking } from './tracking/handlers';
import { createTracker, type Tracker } from './tracking/tracker';
import { createDashboard, type Dashboard } from './requests/dashboard';
import { requestsHandlers } from './requests/handlers';

interface Services {
  auth: Auth;
  client: BoxClient;
  /** For tests: a predictable external_id. */
  newExternalId?: () => string;
  /** Requests sent from this browser; tests without one get a throwaway in-memory tracker. */
  tracking?: Tracker;
  /** Told every connection state the background answers with (storage.session keeps it for the popup). Must not throw. */
  onAuthState?: (state: AuthState) => Promise<void>;
  /** "All requests"; tests without one get a throwaway in-memory one. */
  requests?: Dashboard;
}

export function backgroundHandlers({ auth, client: box, newExternalId, tracking, onAuthState, requests }: Services): Handlers<typeof backgroundProtocol, SenderLike> {
  // Remembers the names of files looked up, so the "Sent" list can name what was sent.
  const names = fileNameCache(box);
  const client = names.client;
  // Recorded before the answer goes back, so a popup opened right after sees it.
  const told = async (state: AuthState): Promise<AuthState> => {
    await onAuthState?.(state);
    return state;
  };
  // Every successful send is recorded before the answer goes back (see withTracking).
  return withTracking(
    tracking ?? throwawayTracker(box),
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
      ...requestsHandlers(requests ?? throwawayDashboard(box), box, Date.now),
    },
    // The external_id comes from the tracker, which stores it before the create is posted.
    (request, externalId) => sendSignRequest({ client, request, newExternalId: () => externalId }),
    newExternalId,
  );
}

function throwawayTracker(client: BoxClient): Tracker {
  const alarms = { get: async () => undefined, create: () => undefined, clear: async () => false };
  const notifier = { permitted: async () => false, show: async () => undefined };
  const setting = { read: async () => ({ enabled: false, locked: false }), write: async () => undefined };
  return createTracker({ area: memoryArea(), client, now: Date.now, alarms, notifier, setting });
}

function throwawayDashboard(client: BoxClient): Dashboard {
  const alarms = { get: async () => undefined, create: () => undefined, clear: async () => false };
  const setting = { read: async () => ({ enabled: false, locked: false }), write: async () => undefined };
  const notifier = { permitted: async () => false, show: async () => undefined };
  return createDashboard({ area: memoryArea(), client, now: Date.now, alarms, notifier, setting, trackedIds: async () => new Set() });
}

/**
 * Adds who is connected. A 401 that survives a refresh means the session is over: report
 * "not connected" rather than an error, so the UI offers to reconnect. Other failures
 * (offline, Box down) keep the connection and show no name.
 */
async function withUser(auth: Auth, client: BoxClient, status: AuthStatus): Promise<AuthState> {
  if (!status.connected) return toAuthState(status);
  try {
    return toAuthState(status, await client.getMe());
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

// The "All requests" part of the background's message table.
import type { backgroundProtocol } from '../../shared/messages';
import type { Handlers } from '../message-handler';
import type { SenderLike } from '../../shared/senders';
import type { BoxClient } from '../box/client';
import { cancelListed, resendListed } from './actions';
import type { Dashboard } from './dashboard';

type Table = Handlers<typeof backgroundProtocol, SenderLike>;

export function requestsHandlers(dashboard: Dashboard, client: BoxClient, now: () => number): Pick<Table, 'refreshRequests' | 'cancelListedRequest' | 'resendListedRequest'> {
  return {
    refreshRequests: async ({ force }) => {
      const { refreshedAt, error } = await dashboard.refresh(force === true);
      return { refreshedAt, error };
    },
    cancelListedRequest: async ({ id, reason }) => {
      await cancelListed(dashboard.store, client, id, reason);
      return {};
    },
    resendListedRequest: async ({ id }) => {
      await resendListed(dashboard.store, client, id, now);
      return {};
    },
  };
}

// The tracking side of the background's message table: the "Sent" messages, and the send
// wrapped so that every request Box accepted is recorded before the popup is answered.
import type { backgroundProtocol, SendOutcome, SendSignRequest } from '../../shared/messages';
import type { Handlers } from '../message-handler';
import type { SenderLike } from '../../shared/senders';
import type { FileNames } from './names';
import type { Tracker } from './tracker';

export { fileNameCache } from './names';

type Table = Handlers<typeof backgroundProtocol, SenderLike>;
type TrackingMessages = 'listSent' | 'refreshSent' | 'ackSent' | 'cancelSignRequest' | 'resendSignRequest' | 'setNotifications';

/** The send itself, given the external_id the tracker stored before anything is posted. */
type TrackedSend = (request: SendSignRequest, externalId: string) => Promise<SendOutcome>;

export function withTracking(
  tracker: Tracker,
  names: FileNames,
  table: Omit<Table, TrackingMessages | 'sendSignRequest'>,
  send: TrackedSend,
  newExternalId?: () => string,
): Table {
  return {
    ...table,
    // Runs in the background to the end even if the popup closes meanwhile; recorded, then answered.
    sendSignRequest: (data) =>
      tracker.recordSend(data.fileIds, (externalId) => send(data, externalId), names.files, newExternalId ? { newExternalId } : {}),
    ...trackingHandlers(tracker),
  };
}

function trackingHandlers(tracker: Tracker): Pick<Table, TrackingMessages> {
  return {
    listSent: () => tracker.list(),
    refreshSent: ({ id }) => tracker.refresh(id),
    ackSent: ({ ids }) => tracker.ack(ids),
    cancelSignRequest: ({ id, reason }) => tracker.cancel(id, reason),
    resendSignRequest: ({ id }) => tracker.resend(id),
    setNotifications: ({ enabled }) => tracker.setNotifications(enabled),
  };
}

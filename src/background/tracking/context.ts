// What the tracker's parts share: the services it was given, its store, and the little a worker
// keeps in memory. That memory is lost whenever the browser stops the worker; storage.local is the
// record, and every part allows for a worker that stopped between any two steps.
import type { AlarmsApi, NotifierApi } from '../../platform/background-apis';
import type { StorageArea } from '../../shared/storage-area';
import type { BoxClient } from '../box/client';
import { createQueue, type Queue } from './queue';
import type { NotifySetting } from './setting';
import { createTrackingStore, type TrackingStore } from './store';

export type TrackerDeps = {
  area: StorageArea;
  client: BoxClient;
  now: () => number;
  alarms: AlarmsApi;
  notifier: NotifierApi;
  /** The `notifyOnFinish` setting. */
  setting: NotifySetting;
  newToken?: () => string;
};

export type TrackerContext = Omit<TrackerDeps, 'area' | 'newToken'> & {
  store: TrackingStore;
  newToken: () => string;
  /** Sends this worker runs. Any other "sending" entry was left by a worker that stopped mid-send. */
  mine: Set<string>;
  /** Polls one at a time (alarm tick and "Refresh" may overlap). */
  polls: Queue;
  /** The look-up of stopped workers' sends under way (see orphans.ts), and when the last one began. */
  settling: { run: Promise<void> | null; startedAt: number };
};

export function createContext({ area, newToken, ...services }: TrackerDeps): TrackerContext {
  return {
    ...services,
    store: createTrackingStore(area),
    newToken: newToken ?? (() => crypto.randomUUID()),
    mine: new Set(),
    polls: createQueue(),
    settling: { run: null, startedAt: -Infinity },
  };
}

// Services for tests of the background's handlers: what a test does not give is a throwaway
// in-memory one (the worker always gives all of them; kept out of handlers.ts so it ships none of this).
import type { BoxClient } from './box/client';
import type { Guard } from './guard/handlers';
import type { Services } from './handlers';
import { memoryArea } from '../shared/storage-area';
import { createTracker, type Tracker } from './tracking/tracker';
import { createSignerMemory, hmacWith } from './guard/signer-memory';
import { NO_GUARD_POLICY } from '../shared/guard/policy';
import { newSignerHmacKey } from '../platform/key-store';
import { rowPasswords } from './bulk/passwords';
import { createBulkQueue, type BulkQueue } from './bulk/queue';
import { createBulkStore } from './bulk/store';
import { createDashboard, type Dashboard } from './requests/dashboard';
import { SHIPPED_CONFUSABLES } from '../shared/guard/confusables.test-helpers';

type Throwaway = 'tracking' | 'bulk' | 'guard' | 'requests' | 'clipboard';

export function testServices(given: Omit<Services, Throwaway> & Partial<Pick<Services, Throwaway>>): Services {
  const { client } = given;
  return {
    ...given,
    tracking: given.tracking ?? throwawayTracker(client),
    bulk: given.bulk ?? throwawayBulk(client),
    guard: given.guard ?? throwawayGuard(),
    requests: given.requests ?? throwawayDashboard(client),
    clipboard: given.clipboard ?? { schedule: async () => undefined, onAlarm: async () => undefined },
  };
}

function throwawayGuard(): Guard {
  const key = newSignerHmacKey();
  const memory = createSignerMemory(memoryArea(), hmacWith(() => key), Date.now);
  return { memory, policy: async () => NO_GUARD_POLICY, phoneTypes: async () => undefined, confusables: async () => SHIPPED_CONFUSABLES };
}

function throwawayTracker(client: BoxClient): Tracker {
  const alarms = { get: async () => undefined, create: () => undefined, clear: async () => false };
  const notifier = { permitted: async () => false, show: async () => undefined };
  const setting = { read: async () => ({ enabled: false, locked: false }), write: async () => undefined };
  return createTracker({ area: memoryArea(), client, now: Date.now, alarms, notifier, setting });
}

function throwawayBulk(client: BoxClient): BulkQueue {
  const alarms = { get: async () => undefined, create: () => undefined, clear: async () => false };
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const id = () => crypto.randomUUID();
  return createBulkQueue({ store: createBulkStore(memoryArea()), passwords: rowPasswords(memoryArea()), client, alarms, now: Date.now, sleep, newId: id, newExternalId: id });
}

function throwawayDashboard(client: BoxClient): Dashboard {
  const alarms = { get: async () => undefined, create: () => undefined, clear: async () => false };
  const setting = { read: async () => ({ enabled: false, locked: false }), write: async () => undefined };
  const notifier = { permitted: async () => false, show: async () => undefined };
  return createDashboard({ area: memoryArea(), client, now: Date.now, alarms, notifier, setting, trackedIds: async () => new Set() });
}

// The requests sent from this browser, in storage.local under one key. Read through zod on every
// load (a bad entry is dropped, never fatal), written through one queue so concurrent updates
// (a send finishing during an alarm tick) never overwrite each other. No passwords, no tokens:
// only what the "Sent" view shows.
import * as z from 'zod/mini';
import { TrackedRequestSchema } from '../../shared/messages';
import type { StorageArea } from '../../shared/storage-area';
import { createQueue } from './queue';

export const TRACKING_KEY = 'tracking';
/** The newest requests kept; older ones are forgotten (they stay in Box). */
export const MAX_TRACKED = 100;
/** A send the worker never finished (it was stopped mid-send) stops counting as "in flight" after this. */
export const SENDING_STALE_MS = 2 * 60_000;
/**
 * A send left by a stopped worker is looked up by its external_id; "not at Box" counts only once
 * this long has passed since it started (Box may still be creating it: the request's time-out, and more).
 */
export const ORPHAN_SETTLE_MS = 60_000;
/** A left send that could never be looked up (offline for a day) is given up after this. */
export const ORPHAN_MAX_AGE_MS = 24 * 60 * 60_000;

// The shape spread into a new object, not `z.extend` (the same schema; zod's extend helper stays out of the worker).
const StoredRequestSchema = z.object({
  ...TrackedRequestSchema.shape,
  /** A notification was shown (or deliberately skipped) for its end: never twice. */
  notified: z.boolean(),
  /** On a copy: the external_id our send gave it, and when that send began. Only a match is ever cancelled (copies.ts). */
  copyCheck: z.optional(z.object({ externalId: z.string(), sendStartedAt: z.number() })),
});
export type StoredRequest = z.infer<typeof StoredRequestSchema>;

const SendingSchema = z.object({
  token: z.string(),
  startedAt: z.number(),
  /** The create's external_id, written before anything is posted: a restarted worker finds the request by it. */
  externalId: z.optional(z.string().check(z.maxLength(200))),
  /** The files, named as far as known, for the entry a restarted worker may have to record. */
  files: z.optional(z.array(z.object({ id: z.string(), name: z.nullable(z.string()) })).check(z.maxLength(100))),
});
export type Sending = z.infer<typeof SendingSchema>;

export type TrackingState = {
  version: 1;
  /** Newest first. */
  requests: StoredRequest[];
  /** Sends in progress in the background. */
  sending: Sending[];
};

const emptyState = (): TrackingState => ({ version: 1, requests: [], sending: [] });

/** Parses what storage holds, keeping every valid entry of a partly damaged record. */
export function parseState(raw: unknown): TrackingState {
  const state = emptyState();
  if (typeof raw !== 'object' || raw === null) return state;
  const record = raw as Record<string, unknown>;
  if (Array.isArray(record['requests'])) {
    for (const entry of record['requests']) {
      const parsed = StoredRequestSchema.safeParse(entry);
      if (parsed.success) state.requests.push(parsed.data);
    }
  }
  if (Array.isArray(record['sending'])) {
    for (const entry of record['sending']) {
      const parsed = SendingSchema.safeParse(entry);
      if (parsed.success) state.sending.push(parsed.data);
    }
  }
  return normalise(state);
}

/** Newest first, one entry per id, at most MAX_TRACKED. */
function normalise(state: TrackingState): TrackingState {
  const seen = new Set<string>();
  const requests = [...state.requests]
    .sort((a, b) => b.createdAt - a.createdAt)
    .filter((entry) => (seen.has(entry.id) ? false : (seen.add(entry.id), true)))
    .slice(0, MAX_TRACKED);
  return { ...state, requests };
}

export type TrackingStore = {
  read(): Promise<TrackingState>;
  /** Read-modify-write, queued behind every other update. Returns what was written. */
  update(change: (state: TrackingState) => TrackingState | void): Promise<TrackingState>;
};

export function createTrackingStore(area: StorageArea): TrackingStore {
  const writes = createQueue(); // one failed write does not block the next
  const read = async () => parseState((await area.get(TRACKING_KEY))[TRACKING_KEY]);
  return {
    read,
    update: (change) =>
      writes(async () => {
        const current = await read();
        const next = normalise(change(current) ?? current);
        await area.set({ [TRACKING_KEY]: next });
        return next;
      }),
  };
}

// Finds sign requests by our external_id: after a create whose outcome is unknown, and after every
// create that succeeded, for copies the browser's own re-send made (see send.ts).
// Box cannot filter the list by external_id, so we page through it, bounded.
import type { BoxClient } from './client';
import type { SignRequest } from './schemas';

export type LookupLimits = { maxPages: number; pageSize: number };
type LookupResult = { kind: 'found'; request: SignRequest } | { kind: 'absent' } | { kind: 'unknown' };
/** Every request carrying the id; `complete` when the whole list was read without error. */
type ScanResult = { matches: SignRequest[]; complete: boolean };

const DEFAULT_LIMITS: LookupLimits = { maxPages: 5, pageSize: 100 };

/**
 * Pages through the user's sign requests collecting those whose external_id is in `externalIds`,
 * until `enough` says so or the bound is reached. Never throws: a failed page ends the scan as
 * incomplete. One walk for one send's id (below) and for a Bulk send batch's left rows (recover.ts).
 */
export async function scanByExternalIds(
  client: BoxClient,
  externalIds: ReadonlySet<string>,
  limits?: Partial<LookupLimits>,
  enough: (matches: SignRequest[]) => boolean = () => false,
): Promise<ScanResult> {
  const { maxPages, pageSize } = { ...DEFAULT_LIMITS, ...limits };
  const matches: SignRequest[] = [];
  let marker: string | undefined;
  try {
    for (let page = 0; page < maxPages; page++) {
      const list = await client.listSignRequests(marker === undefined ? { limit: pageSize } : { marker, limit: pageSize });
      matches.push(...list.entries.filter((entry) => typeof entry.external_id === 'string' && externalIds.has(entry.external_id)));
      if (!list.next_marker) return { matches, complete: true };
      if (enough(matches)) return { matches, complete: false };
      marker = list.next_marker;
    }
  } catch {
    return { matches, complete: false }; // The list failed: what was not read is unknown.
  }
  return { matches, complete: false };
}

/** Every request carrying `externalId` (see scanByExternalIds). */
export function scanByExternalId(
  client: BoxClient,
  externalId: string,
  limits?: Partial<LookupLimits>,
  enough?: (matches: SignRequest[]) => boolean,
): Promise<ScanResult> {
  return scanByExternalIds(client, new Set([externalId]), limits, enough);
}

/**
 * `absent` only when the whole list was read: if we stop at the bound with pages left, the
 * request could be further on (Box does not document the list order), so the answer is
 * `unknown` and the user checks in Box rather than sending a second copy.
 */
export async function findByExternalId(client: BoxClient, externalId: string, limits?: Partial<LookupLimits>): Promise<LookupResult> {
  const scan = await scanByExternalId(client, externalId, limits, (matches) => matches.length > 0);
  const request = scan.matches[0];
  if (request) return { kind: 'found', request };
  return scan.complete ? { kind: 'absent' } : { kind: 'unknown' };
}

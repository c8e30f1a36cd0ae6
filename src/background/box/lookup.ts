// Finds a sign request by our external_id after a create whose outcome is unknown.
// Box cannot filter the list by external_id, so we page through it, bounded.
import type { BoxClient } from './client';
import type { SignRequest } from './schemas';

export type LookupLimits = { maxPages: number; pageSize: number };
export type LookupResult = { kind: 'found'; request: SignRequest } | { kind: 'absent' } | { kind: 'unknown' };

const DEFAULT_LIMITS: LookupLimits = { maxPages: 5, pageSize: 100 };

/**
 * `absent` only when the whole list was read: if we stop at the bound with pages left, the
 * request could be further on (Box does not document the list order), so the answer is
 * `unknown` and the user checks in Box rather than sending a second copy.
 */
export async function findByExternalId(client: BoxClient, externalId: string, limits?: Partial<LookupLimits>): Promise<LookupResult> {
  const { maxPages, pageSize } = { ...DEFAULT_LIMITS, ...limits };
  let marker: string | undefined;
  try {
    for (let page = 0; page < maxPages; page++) {
      const list = await client.listSignRequests(marker === undefined ? { limit: pageSize } : { marker, limit: pageSize });
      const request = list.entries.find((entry) => entry.external_id === externalId);
      if (request) return { kind: 'found', request };
      if (!list.next_marker) return { kind: 'absent' };
      marker = list.next_marker;
    }
  } catch {
    return { kind: 'unknown' }; // The list failed too: we cannot tell either way.
  }
  return { kind: 'unknown' };
}

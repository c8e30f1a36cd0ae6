// The full list walk: GET /2.0/sign_requests page by page (marker), 1,000 a page (Box's maximum), so
// 2,000 requests cost two calls. Box's order is not relied on: the page sorts.
import type { ListedRequest } from '../../shared/requests-cache';
import type { BoxClient } from '../box/client';
import { toListed } from './listed';

export const PAGE_LIMIT = 1000;
/** A safety stop: a marker that never ends must not walk for ever (50,000 requests). */
const MAX_PAGES = 50;

/** Every request Box lists for the user; `sentAt`: our own record of when we last had it sent (resends). */
export async function walkAll(client: BoxClient, sentAt: (id: string) => number): Promise<ListedRequest[]> {
  const out: ListedRequest[] = [];
  const seen = new Set<string>();
  let marker: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await client.listSignRequests({ limit: PAGE_LIMIT, ...(marker ? { marker } : {}) });
    for (const entry of answer.entries) {
      const listed = toListed(entry, sentAt(entry.id));
      if (listed && !seen.has(listed.id)) {
        seen.add(listed.id);
        out.push(listed);
      }
    }
    if (!answer.next_marker) break;
    marker = answer.next_marker;
  }
  return out.sort((a, b) => b.createdAt - a.createdAt);
}

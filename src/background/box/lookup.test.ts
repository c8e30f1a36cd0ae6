import { describe, expect, it } from 'vitest';
import type { BoxClient } from './client';
import { findByExternalId, scanByExternalIds } from './lookup';
import type { SignRequest } from './schemas';

/** A Box whose sign-request list is `pages`, one list call per page; `failAt`: that call throws. */
function listing(pages: string[][], failAt?: number) {
  const markers: (string | undefined)[] = [];
  const client = {
    async listSignRequests({ marker }: { marker?: string; limit?: number } = {}) {
      markers.push(marker);
      const index = marker === undefined ? 0 : Number(marker);
      if (index === failAt) throw new Error('list failed');
      const entries = (pages[index] ?? []).map((externalId, i) => ({ id: `r${index}-${i}`, external_id: externalId }) as SignRequest);
      return { entries, next_marker: index + 1 < pages.length ? String(index + 1) : null };
    },
  } as unknown as BoxClient;
  return { client, markers };
}

const ids = (requests: SignRequest[]) => requests.map((r) => r.id);

describe('scanByExternalIds', () => {
  it('reads the whole list when nothing says it has enough: complete, with every match', async () => {
    const box = listing([['a', 'x'], ['b'], ['a']]);
    const scan = await scanByExternalIds(box.client, new Set(['a', 'b']));
    expect(scan).toMatchObject({ complete: true });
    expect(ids(scan.matches)).toEqual(['r0-0', 'r1-0', 'r2-0']);
    expect(box.markers).toEqual([undefined, '1', '2']);
  });

  // `complete` is what lets a caller conclude a request is absent (and maybe send again): a scan that
  // stopped early must never claim it.
  it('is not complete when `enough` stopped it with pages left', async () => {
    const box = listing([['a'], ['a'], ['a']]);
    const scan = await scanByExternalIds(box.client, new Set(['a']), {}, (matches) => matches.length > 0);
    expect(scan).toMatchObject({ complete: false });
    expect(ids(scan.matches)).toEqual(['r0-0']);
    expect(box.markers).toEqual([undefined]);
  });

  it('is not complete when the bound stopped it, or a page failed', async () => {
    const bounded = await scanByExternalIds(listing([['x'], ['a']]).client, new Set(['a']), { maxPages: 1 });
    expect(bounded).toEqual({ matches: [], complete: false });
    const failed = await scanByExternalIds(listing([['a'], ['a']], 1).client, new Set(['a']));
    expect(failed).toMatchObject({ complete: false });
    expect(ids(failed.matches)).toEqual(['r0-0']);
  });
});

describe('findByExternalId', () => {
  it('stops at the page where it finds the request', async () => {
    const box = listing([['x'], ['a'], ['x'], ['x']]);
    expect(await findByExternalId(box.client, 'a')).toMatchObject({ kind: 'found', request: { id: 'r1-0' } });
    expect(box.markers).toEqual([undefined, '1']);
  });

  it('answers absent only after the whole list, unknown otherwise', async () => {
    expect(await findByExternalId(listing([['x'], ['x']]).client, 'a')).toEqual({ kind: 'absent' });
    expect(await findByExternalId(listing([['x'], ['x']]).client, 'a', { maxPages: 1 })).toEqual({ kind: 'unknown' });
    expect(await findByExternalId(listing([['x'], ['x']], 1).client, 'a')).toEqual({ kind: 'unknown' });
  });
});

// One row's create. Its external_id was stored before the POST, so whatever happens here the row
// can be settled without posting twice: created → sent; Box refused → failed; 429 → back in line
// (Box did not act on it); outcome unknown → looked up by external_id right away, and if Box cannot
// say, left as `sending` for recover.ts.
import { bulkRequest } from '../../shared/schemas/bulk';
import { BoxApiError, isOutcomeUnknown, storedError } from '../box/box-error';
import { findByExternalId, scanByExternalId } from '../box/lookup';
import { buildSignRequestPayload, toSummary } from '../box/payload';
import { policyUserError } from '../policy/policy-error';
import { guardUserError } from '../guard/enforce';
import type { SignRequest } from '../box/schemas';
import type { BulkContext } from './context';
import { markPending, markSent, needsPassword, setRow } from './rows';
import type { BatchRef, StoredRow } from './store';

/**
 * A browser's re-sent POST makes its copy moments before or after the request we got, so it is among
 * the newest few (concurrency creates at most run at once): a short page keeps the check cheap per row.
 */
const COPY_SCAN_SIZE = 20;

/** `posting` is called just before the POST: the runner waits for it, so the paced time is the post's. */
export async function createRow(ctx: BulkContext, batch: BatchRef, row: StoredRow, posting: () => void = () => undefined): Promise<void> {
  let password: string | null = null;
  if (row.needsPassword) {
    password = (await ctx.passwords.get(batch.id))[row.id] ?? null;
    if (password === null) return needsPassword(ctx, batch.id, [row.id]);
  }
  let created: SignRequest;
  try {
    const request = await ctx.enforce(bulkRequest(batch.base, { id: row.id, name: row.name, signer: { ...row.signer, password }, ...(row.prefill ? { prefill: row.prefill } : {}) }));
    const payload = buildSignRequestPayload({ request, externalId: row.externalId });
    posting();
    created = await ctx.client.createSignRequest(payload);
  } catch (error) {
    return settleFailure(ctx, batch, row, error);
  }
  // A browser re-send over a cut connection makes copies with the same external_id (see box/send.ts).
  const scan = await scanByExternalId(ctx.client, row.externalId, { maxPages: 1, pageSize: COPY_SCAN_SIZE }, (matches) => matches.some((m) => m.id === created.id));
  const copies = scan.matches.filter((match) => match.id !== created.id).map((match) => toSummary(match));
  await markSent(ctx, batch, row, toSummary(created), copies);
}

async function settleFailure(ctx: BulkContext, batch: BatchRef, row: StoredRow, error: unknown): Promise<void> {
  if (error instanceof BoxApiError && error.status === 429) {
    // Not acted on by Box: back in line, and no create before Box's retry-after.
    const holdUntil = ctx.now() + (error.retryAfter ?? 1) * 1000;
    await ctx.store.update((state) => void (state.holdUntil = Math.max(state.holdUntil, holdUntil)));
    return markPending(ctx, batch.id, row.id);
  }
  if (!isOutcomeUnknown(error)) {
    // A refusal of the organisation's rules in the worker's words; a Box failure as its facts, which the page words.
    const failure = (policyUserError(error) ?? guardUserError(error))?.message ?? storedError(error);
    return setRow(ctx, batch.id, row.id, (r) => ({ ...r, status: 'failed', startedAt: null, error: failure }));
  }
  const found = await findByExternalId(ctx.client, row.externalId);
  if (found.kind === 'found') return markSent(ctx, batch, row, toSummary(found.request), []);
  // The whole list read and no such request: Box did not create it. Same external_id next time.
  if (found.kind === 'absent') return markPending(ctx, batch.id, row.id);
  // Box cannot say now: stays `sending`, looked up again by recover.ts before anything is posted.
}

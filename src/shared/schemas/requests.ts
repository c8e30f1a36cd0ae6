// "All requests" messages. The list itself is not sent: the pages read it from storage.local
// (src/shared/requests-cache.ts), so a page opens on the cached list at once, without waking the worker.
import * as z from 'zod/mini';
import { SignRequestIdSchema } from './box';
import { StoredErrorSchema } from '../box-facts';

const RefreshedSchema = z.object({ refreshedAt: z.nullable(z.number()), error: StoredErrorSchema });
const done = z.strictObject({});

// The requests and their answers apart: the worker needs only the requests (messages.ts).
export const requestsRequests = {
  /** Walks Box's list unless it was walked within the interval (`force`: within a few seconds) or Box asked us to wait. */
  refreshRequests: { request: z.strictObject({ force: z.optional(z.boolean()) }) },
  cancelListedRequest: {
    request: z.strictObject({ id: SignRequestIdSchema, reason: z.optional(z.string().check(z.trim(), z.maxLength(1000))) }),
  },
  /** Refused within 10 minutes of when Box last emailed the signers, as Box does. */
  resendListedRequest: { request: z.strictObject({ id: SignRequestIdSchema }) },
};
export const requestsResponses = { refreshRequests: RefreshedSchema, cancelListedRequest: done, resendListedRequest: done };

// Builds a message protocol from its requests and its answers, kept apart so that each context carries
// only what it checks: the worker the requests (it never checks its own answers), the pages both.
import type * as z from 'zod/mini';

type Requests = Record<string, { request: z.ZodMiniType }>;

/**
 * Each request of `requests` with its answer's schema from `table()`: both name the same messages.
 * `table` is a function so that a bundle without the protocol (the worker's) drops the answers too:
 * an object literal spreading others would be kept, in case the spread ran a getter.
 */
export function withResponses<Q extends Requests, R extends { [K in keyof Q]: z.ZodMiniType }>(requests: Q, table: () => R): { [K in keyof Q]: Q[K] & { response: R[K] } } {
  const responses: Record<string, z.ZodMiniType> = table();
  const routes: Record<string, { request: z.ZodMiniType; response: z.ZodMiniType }> = {};
  for (const [type, route] of Object.entries(requests)) routes[type] = { request: route.request, response: responses[type]! };
  return routes as { [K in keyof Q]: Q[K] & { response: R[K] } };
}

// A bulk row's external_id carries its batch, so every page that reads Box's list (All requests,
// which also lists what other browsers sent) can group a batch's requests without any record of
// ours: `secure-sign-bulk:<batch id>:<unique part>`. The unique part changes with every retry of a
// row Box refused, so a look-up by external_id never mixes two attempts up.
const PREFIX = 'secure-sign-bulk:';

export function bulkExternalId(batchId: string, unique: string): string {
  return `${PREFIX}${batchId}:${unique}`;
}

/** The batch id in a bulk row's external_id; null for anything else (a single send, another app's id). */
export function batchOfExternalId(externalId: unknown): string | null {
  if (typeof externalId !== 'string' || !externalId.startsWith(PREFIX)) return null;
  const rest = externalId.slice(PREFIX.length);
  const end = rest.indexOf(':');
  return end > 0 ? rest.slice(0, end) : null;
}

// The organisation's rules on every row's request, just before its create: the same background check
// as the popup's send (policy/enforce.ts: the files' classification and the folder's place read from
// Box, then the rule engine). The files are read once a minute per batch, not once per row: 100 rows a
// minute would otherwise cost up to 1,000 file reads.
import type { FileInfo, SendSignRequest } from '../../shared/messages';
import type { PolicyRules } from '../../shared/settings';
import type { BoxClient } from '../box/client';
import { assertDownloadable, withTemplateFiles } from '../box/send';
import { assertFitsTemplate } from '../box/templates';
import { assertPolicy } from '../policy/enforce';
import { checkGuard, type Guard } from '../guard/handlers';

const FILES_FRESH_MS = 60_000;

export function policyEnforcer(client: BoxClient, rules: () => Promise<PolicyRules>, now: () => number) {
  const files = new Map<string, { at: number; files: Promise<FileInfo[]> }>();
  const filesOf = (request: SendSignRequest): Promise<FileInfo[]> => {
    const key = JSON.stringify([request.fileIds, request.templateId]);
    const known = files.get(key);
    if (known && now() - known.at < FILES_FRESH_MS) return known.files;
    const read = (async () => withTemplateFiles(client, await assertDownloadable(client, request.fileIds), await assertFitsTemplate(client, request)))();
    files.set(key, { at: now(), files: read });
    read.catch(() => files.delete(key));
    return read;
  };
  return async (request: SendSignRequest): Promise<SendSignRequest> => {
    const current = await rules();
    if (Object.keys(current).length > 0) await assertPolicy(client, request, await filesOf(request), current);
    return request;
  };
}

type Enforce = (request: SendSignRequest) => Promise<SendSignRequest>;

/**
 * The signer guard's policy keys (`minPasswordLength`, `blockLookalikeDomains`, `blockLandlineSms`) on
 * every row, with the very check the popup's send passes (guard/handlers.ts), then the rest of the policy.
 */
export function guardedEnforcer(guard: Guard, next: Enforce): Enforce {
  return async (request) => {
    await checkGuard(guard, request);
    return next(request);
  };
}

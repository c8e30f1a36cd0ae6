// Sending a document for signature without ever sending it twice.
// Box has no idempotency keys [auth.md §8]: every create carries a fresh external_id, and
// when the create's outcome is unknown (5xx, time-out, network) we look for that id in the
// user's sign requests instead of posting again.
// The browser itself may post twice: when a reused connection (HTTP/1.1 keep-alive or HTTP/2) is cut
// before any answer, Chromium re-sends the POST on a new one, and Box, having handled the first,
// makes a second request with the same external_id. We cannot stop that from fetch(), so after every
// create we look for such copies; the tracker cancels them as soon as Box allows (not while converting).
import { t } from '../../shared/i18n';
import type { FileInfo, SendOutcome, SendSignRequest } from '../../shared/messages';
import type { PolicyRules } from '../../shared/settings';
import { assertPolicy } from '../policy/enforce';
import { MAX_COPIES } from '../../shared/sign-request/limits';
import { BoxApiError, isOutcomeUnknown } from './box-error';
import type { BoxClient } from './client';
import { findByExternalId, scanByExternalId, type LookupLimits } from './lookup';
import { buildSignRequestPayload, toSummary } from './payload';
import type { SignRequest } from './schemas';
import { assertFitsTemplate } from './templates';

type SendInput = {
  client: BoxClient;
  request: SendSignRequest;
  newExternalId?: () => string;
  lookup?: Partial<LookupLimits>;
  /** The organisation's rules: a request that breaks them is refused before anything is posted. */
  rules?: PolicyRules;
};

export const newExternalId = (): string => `secure-sign-${crypto.randomUUID()}`;

export async function sendSignRequest(input: SendInput): Promise<SendOutcome> {
  const { client } = input;
  const template = await assertFitsTemplate(client, input.request);
  const files = await assertDownloadable(client, input.request.fileIds);
  if (input.rules) await assertPolicy(client, input.request, await withTemplateFiles(client, files, template), input.rules);
  const externalId = (input.newExternalId ?? newExternalId)();
  const payload = buildSignRequestPayload({ request: input.request, externalId });
  let created: SignRequest;
  try {
    created = await client.createSignRequest(payload);
  } catch (error) {
    if (!isOutcomeUnknown(error)) throw error;
    return recover(client, externalId, error as BoxApiError, input.lookup);
  }
  const copies = await copiesOf(client, externalId, created.id, input.lookup);
  return { outcome: 'sent', request: toSummary(created), ...(copies.length > 0 ? { copies: copies.map((copy) => toSummary(copy)) } : {}) };
}

/**
 * Other requests with our external_id: copies made by a browser re-send. Costs one list page when
 * Box lists newest first: the scan stops at the end of the page that holds the request we got, since
 * a copy is made moments before it. A failed scan finds none (the send itself succeeded).
 */
async function copiesOf(client: BoxClient, externalId: string, keepId: string, limits?: Partial<LookupLimits>) {
  const scan = await scanByExternalId(client, externalId, limits, (matches) => matches.some((m) => m.id === keepId));
  return scan.matches.filter((m) => m.id !== keepId).slice(0, MAX_COPIES);
}

async function recover(client: BoxClient, externalId: string, createError: BoxApiError, limits?: Partial<LookupLimits>): Promise<SendOutcome> {
  const found = await findByExternalId(client, externalId, limits);
  if (found.kind === 'found') return { outcome: 'sent', request: toSummary(found.request) };
  if (found.kind === 'unknown') return { outcome: 'unknown', externalId };
  throw new BoxApiError({
    status: createError.status,
    code: 'sign_request_not_created',
    message: 'Box did not create the sign request; nothing was sent.',
    requestId: createError.requestId,
    resource: 'sign_request',
    cause: createError,
  });
}

/** The files a request signs: its own, else (a template's request) the template's documents, as Box describes them. */
export async function withTemplateFiles(client: BoxClient, files: FileInfo[], template: { source_files?: { id: string }[] | null | undefined } | null): Promise<FileInfo[]> {
  if (files.length > 0 || !template?.source_files) return files;
  return Promise.all(template.source_files.map((file) => client.getFile(file.id)));
}

/** Box Sign needs download permission on every source file; refuse before posting anything. Returns the files. */
export async function assertDownloadable(client: BoxClient, fileIds: readonly string[]): Promise<FileInfo[]> {
  const files = await Promise.all([...new Set(fileIds)].map((id) => client.getFile(id)));
  const blocked = files.find((file) => !file.canDownload);
  if (!blocked) return files;
  throw new BoxApiError({
    status: 403,
    code: 'download_not_allowed',
    message: t('errDownloadNotAllowedNamed', blocked.name),
    resource: 'file',
  });
}

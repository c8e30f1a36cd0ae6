import { badRequest, boxError, rateLimited } from './errors.ts';
import { empty, json, type Ctx, type Reply } from './http.ts';
import { isRecord } from './is-record.ts';
import { hexToken, uuid } from './ids.ts';
import type { StoredFile, StoredFolder } from './content.ts';
import {
  RESEND_COOLDOWN_MS, buildSigners, isFinal, makeSignFiles, pickOptions, settle, toBox,
  type StoredSignRequest,
} from './sign-model.ts';
import { ownTemplate, templateNotFound } from './api-sign-templates.ts';
import { encodeMarker, parseMarker } from './paging.ts';
import { applyTemplate } from './sign-template-apply.ts';
import { signDisabled, unavailableVerification } from './sign-enablement.ts';
import { validateCreateBody, type Invalid } from './sign-validate.ts';
import type { DemoUser, EmulatorState } from './state.ts';

// Box Sign endpoints: POST/GET /2.0/sign_requests, GET /2.0/sign_requests/{id}, POST …/cancel, POST …/resend.

const invalidParam = (bad: Invalid): Reply =>
  badRequest('Bad Request', { errors: [{ reason: 'invalid_parameter', name: bad.name, message: bad.message }] });

function rateCheck(state: EmulatorState, user: DemoUser): Reply | null {
  const wait = state.signRate.hit(user.id, state.now());
  return wait > 0 ? rateLimited(wait) : null;
}

/** docs rate-limits.md: "Get sign request: 1,000 requests per minute per user" (the list counts too [inference]). */
function getRateCheck(state: EmulatorState, user: DemoUser): Reply | null {
  const wait = state.signGetRate.hit(user.id, state.now());
  return wait > 0 ? rateLimited(wait) : null;
}

function itemNotFound(kind: string, id: string): Reply {
  return boxError(404, 'not_found', 'Not Found', {
    context_info: { errors: [{ reason: 'invalid_parameter', name: kind, message: `Invalid value '${id}'. '${kind}' with value '${id}' not found` }] },
  });
}

/**
 * Each source must exist (404) and be downloadable: "the requester needs download permission" (docs).
 * Another user's file (even one the requester can open through a shared link: this call takes no BoxApi
 * header) answers 404 like a missing one, as Box answers for items the user cannot access (spec
 * GET /files/{id}: 404 "not found or no access") [inference: not documented for sign_requests itself].
 */
function resolveSources(state: EmulatorState, user: DemoUser, body: Record<string, unknown>): StoredFile[] | Reply {
  const refs = Array.isArray(body['source_files']) ? (body['source_files'] as Record<string, unknown>[]) : [];
  const files: StoredFile[] = [];
  for (const ref of refs) {
    const id = String(ref['id']);
    const file = state.content.files.get(id);
    if (!file || file.ownerId !== user.id) return itemNotFound('file', id);
    if (!file.canDownload) {
      return boxError(403, 'access_denied_insufficient_permissions', 'Access denied - insufficient permission', {
        context_info: { errors: [{ reason: 'insufficient_permissions', name: 'file', message: `The user needs download permission on file '${id}'` }] },
      });
    }
    files.push(file);
  }
  return files;
}

/** parent_folder, or the first source's parent, or "My Sign Requests" when that parent is the root (spec). */
export function resolveParent(state: EmulatorState, user: DemoUser, body: Record<string, unknown>, sources: StoredFile[]): StoredFolder | Reply {
  const given = body['parent_folder'];
  if (isRecord(given)) {
    const folder = state.content.folders.get(String(given['id']));
    return folder && folder.ownerId === user.id ? folder : itemNotFound('folder', String(given['id']));
  }
  const parentId = sources[0]?.parentId ?? '0';
  const parent = state.content.folders.get(parentId);
  if (parent && parent.id !== '0') return parent;
  const mine = [...state.content.folders.values()].find((f) => f.parentId === '0' && f.ownerId === state.user.id && f.name === 'My Sign Requests');
  return mine ?? state.content.addFolder({ id: state.content.newFileId(), name: 'My Sign Requests', parentFolderId: '0' });
}

/**
 * `sources`: the request's own `source_files` (echoed back); `documents`: what is converted into sign files —
 * the same, or a template's files (then `source_files` is echoed empty, as in the docs' template example).
 */
export function createRecord(state: EmulatorState, user: DemoUser, body: Record<string, unknown>,
  sources: StoredFile[], parent: StoredFolder, documents: StoredFile[], fromTemplate: boolean, now = state.now()): StoredSignRequest {
  const options = pickOptions(body);
  const days = options['days_valid'];
  const signFiles = makeSignFiles(state.content, documents, parent);
  const id = uuid();
  return {
    id,
    shortId: `SR-${String(100000 + state.signRequests.length + 1)}`,
    ownerId: user.id,
    ownerLogin: user.login,
    createdAt: now,
    // docs (guides/box-sign/sign-templates, pages/sign/…/20-sign-template): a request made from a template
    // answers `"status": "created"` — its documents are the template's, already converted.
    status: fromTemplate ? 'created' : 'converting',
    fromTemplate,
    prepNeeded: body['is_document_preparation_needed'] === true,
    prepared: false,
    prepareToken: hexToken(32),
    lastSentAt: null,
    finishedAt: null,
    finalizingSince: null,
    signingLog: null,
    autoExpireAt: typeof days === 'number' ? now + days * 24 * 60 * 60 * 1000 : null,
    signers: buildSigners(body['signers'] as Record<string, unknown>[], user.login),
    sourceFiles: sources,
    signFiles,
    parentFolder: parent,
    name: typeof body['name'] === 'string' && body['name'] !== '' ? body['name'] : (signFiles[0]?.name ?? 'Sign request'),
    options,
  };
}

export function createSignRequest(ctx: Ctx, user: DemoUser): Reply {
  const limited = rateCheck(ctx.state, user);
  if (limited) return limited;
  const disabled = signDisabled(ctx.state.signEnablement);
  if (disabled) return disabled;
  if (!isRecord(ctx.body)) return badRequest('Bad Request', { errors: [{ reason: 'invalid_parameter', name: 'body', message: 'Request body must be a JSON object' }] });
  const bad = validateCreateBody(ctx.body);
  if (bad) return invalidParam(bad);
  let body: Record<string, unknown> = ctx.body;
  let templateDocuments: StoredFile[] | null = null;
  const templateId = body['template_id'];
  const fromTemplate = typeof templateId === 'string' && templateId !== '';
  if (fromTemplate) {
    const template = ownTemplate(ctx.state, user, templateId);
    if (!template) return templateNotFound(templateId);
    const applied = applyTemplate(template, body);
    if (!applied.ok) return invalidParam(applied.bad);
    body = applied.body;
    templateDocuments = applied.documents;
  }
  // After the template's signers are merged in: a template can ask for Box login too.
  const unavailable = unavailableVerification(ctx.state.signEnablement, body);
  if (unavailable) return unavailable;
  const sources = resolveSources(ctx.state, user, body);
  if (!Array.isArray(sources)) return sources;
  const documents = templateDocuments ?? sources;
  const parent = resolveParent(ctx.state, user, body, documents);
  if ('status' in parent) return parent;
  const record = createRecord(ctx.state, user, body, sources, parent, documents, fromTemplate);
  ctx.state.signRequests.push(record);
  return json(201, toBox(record));
}

function findOwned(state: EmulatorState, user: DemoUser, id: string): StoredSignRequest | undefined {
  const sr = state.signRequests.find((r) => r.id === id && r.ownerId === user.id);
  if (sr) settle(sr, state.now());
  return sr;
}

// Default page size is not in the spec; 10 is an assumption. Maximum 1000 (spec `limit.maximum`).
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 1000;

export function listSignRequests(ctx: Ctx, user: DemoUser): Reply {
  const limited = getRateCheck(ctx.state, user);
  if (limited) return limited;
  const { limit: rawLimit, marker, senders, shared_requests: shared } = ctx.query;
  const limit = rawLimit === undefined ? DEFAULT_LIMIT : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1) return boxError(400, 'invalid_limit', 'Limit is not a valid number');
  const offset = parseMarker(marker);
  if (offset === null) return badRequest('Invalid marker');
  // "If provided, `shared_requests` must be set to `true`."
  if (senders !== undefined && shared !== 'true') return badRequest("'senders' requires 'shared_requests=true'");
  const pageSize = Math.min(limit, MAX_LIMIT);
  // shared_requests=true lists requests the user does not own; the single emulator user owns all of them.
  const mine = shared === 'true' ? [] : ctx.state.signRequests.filter((r) => r.ownerId === user.id);
  const newestFirst = [...mine].reverse();
  for (const sr of newestFirst) settle(sr, ctx.state.now());
  const page = newestFirst.slice(offset, offset + pageSize);
  const next = offset + pageSize < newestFirst.length
    ? encodeMarker(offset + pageSize) : null;
  return json(200, { limit: pageSize, next_marker: next, entries: page.map(toBox) });
}

export function getSignRequest(ctx: Ctx, user: DemoUser, id: string): Reply {
  const limited = getRateCheck(ctx.state, user);
  if (limited) return limited;
  const sr = findOwned(ctx.state, user, id);
  return sr ? json(200, toBox(sr)) : itemNotFound('sign_request', id);
}

/** docs cancel-sign-request.md: only the requester; not when declined, fully signed or still converting. */
export function cancelSignRequest(ctx: Ctx, user: DemoUser, id: string): Reply {
  const sr = findOwned(ctx.state, user, id);
  if (!sr) return itemNotFound('sign_request', id);
  if (sr.status === 'converting' || isFinal(sr.status)) {
    return badRequest(`Sign request cannot be cancelled while its status is '${sr.status}'`);
  }
  sr.status = 'cancelled';
  sr.finishedAt = ctx.state.now();
  return json(200, toBox(sr));
}

// docs resend-sign-request.md: not allowed for these statuses; at most once every 10 minutes.
const NO_RESEND = new Set(['signed', 'cancelled', 'declined', 'expired', 'error_sending', 'error_converting']);

export function resendSignRequest(ctx: Ctx, user: DemoUser, id: string): Reply {
  const limited = rateCheck(ctx.state, user);
  if (limited) return limited;
  const sr = findOwned(ctx.state, user, id);
  if (!sr) return itemNotFound('sign_request', id);
  if (NO_RESEND.has(sr.status)) return badRequest(`Sign request cannot be resent while its status is '${sr.status}'`);
  const now = ctx.state.now();
  const last = sr.lastSentAt ?? sr.createdAt;
  if (now - last < RESEND_COOLDOWN_MS) {
    return badRequest('Sign request can only be resent once every 10 minutes');
  }
  sr.lastSentAt = now;
  return empty(202);
}

/** Visiting prepare_url in the browser and sending moves the request on (status `created` → `sent`). */
export function markPrepared(state: EmulatorState, id: string, token: string): StoredSignRequest | undefined {
  const sr = state.signRequests.find((r) => r.id === id && r.prepareToken === token);
  if (!sr) return undefined;
  settle(sr, state.now());
  sr.prepared = true;
  if (sr.status === 'created') {
    sr.status = 'sent';
    sr.lastSentAt = state.now();
  }
  return sr;
}

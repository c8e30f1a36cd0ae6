import { describe, expect, it, vi } from 'vitest';
import { BoxApiError } from './box-error';
import { createBoxClient, type BoxClient } from './client';
import { SignRequestCreateSchema } from './schemas';
import { SendOutcomeSchema } from '../../shared/schemas/sign-request';
import { sendSignRequest, withTemplateFiles } from './send';
import { boxError, fakeFetch, fakeSleep, hang, json, sendRequest, signRequest, signTemplate, type Call, type Handler } from './box.test-helpers';

const EXTERNAL_ID = 'secure-sign-fixed';

type BoxModel = {
  canDownload?: boolean;
  /** How the create POST fails, after (maybe) creating the request. */
  createFails?: { step: 'before' | 'after'; how: 'http500' | 'network' | 'timeout' | 'http400' };
  listFails?: boolean;
  otherRequests?: number;
  /** Where Box lists a new request; Box does not document the list order. */
  listsNewAt?: 'start' | 'end';
  /** Requests Box made from earlier, re-sent copies of the same POST (same external_id). */
  copiesBeforeCreate?: number;
  /** What GET /sign_templates/{id} answers (404 without). */
  template?: Record<string, unknown>;
  /** Box answering the create with the signers as posted, password included (it documents `password` as write-only). */
  echoSigners?: boolean;
};

/** A small Box: files, a list of sign requests (newest first) and a create that can fail. */
function fakeBox(model: BoxModel = {}) {
  const requests: Record<string, unknown>[] = Array.from({ length: model.otherRequests ?? 3 }, (_, i) =>
    signRequest({ id: `old-${i}`, external_id: `secure-sign-old-${i}` }),
  );
  const failure = (how: string, signal: AbortSignal | undefined): Response | Promise<Response> => {
    if (how === 'network') throw new TypeError('Failed to fetch');
    if (how === 'timeout') return hang({} as Call, signal);
    if (how === 'http400') return boxError(400, 'bad_request', 'Invalid email');
    return boxError(500, 'internal_server_error');
  };
  const handler: Handler = (call, signal) => {
    const path = call.url.pathname;
    if (path.startsWith('/2.0/files/')) {
      const id = path.split('/').pop();
      return json(200, { type: 'file', id, name: `File ${id}.pdf`, extension: 'pdf', size: 1, permissions: { can_download: model.canDownload ?? true } });
    }
    if (path.startsWith('/2.0/sign_templates/')) {
      return model.template ? json(200, model.template) : boxError(404, 'not_found');
    }
    if (path === '/2.0/sign_requests' && call.method === 'POST') {
      const body = JSON.parse(call.body ?? '{}') as { external_id: string; signers: unknown[] };
      if (model.createFails?.step === 'before') return failure(model.createFails.how, signal);
      const copies = Array.from({ length: model.copiesBeforeCreate ?? 0 }, (_, i) => signRequest({ id: `copy-${i}`, external_id: body.external_id, status: 'converting' }));
      const created = signRequest({ id: 'new-1', external_id: body.external_id, ...(model.echoSigners ? { signers: body.signers } : {}) });
      if (model.listsNewAt === 'end') requests.push(...copies, created);
      else requests.unshift(created, ...copies.reverse());
      if (model.createFails?.step === 'after') return failure(model.createFails.how, signal);
      return json(201, created);
    }
    if (path === '/2.0/sign_requests' && call.method === 'GET') {
      if (model.listFails) return boxError(503, 'unavailable');
      const start = Number(call.url.searchParams.get('marker') ?? 0);
      const limit = Number(call.url.searchParams.get('limit') ?? 100);
      const entries = requests.slice(start, start + limit);
      const next = start + limit < requests.length ? String(start + limit) : null;
      return json(200, { entries, next_marker: next, limit });
    }
    throw new Error(`unexpected ${call.method} ${path}`);
  };
  const box = fakeFetch(handler);
  const client: BoxClient = createBoxClient({ fetch: box.fetch, tokens: { getAccessToken: async () => 'at', refresh: async () => 'at2' }, sleep: fakeSleep().sleep, timeoutMs: 20 });
  const posts = () => box.calls.filter((c) => c.method === 'POST');
  const lists = () => box.calls.filter((c) => c.method === 'GET' && c.url.pathname === '/2.0/sign_requests');
  return { client, calls: box.calls, posts, lists };
}

const send = (box: ReturnType<typeof fakeBox>, lookup?: { maxPages?: number; pageSize?: number }) =>
  sendSignRequest({ client: box.client, request: sendRequest({ fileIds: ['111', '222'] }), newExternalId: () => EXTERNAL_ID, ...(lookup ? { lookup } : {}) });

describe('sendSignRequest', () => {
  it('checks the files, then creates once with a fresh external_id', async () => {
    const box = fakeBox();
    const outcome = await send(box);
    expect(outcome).toEqual({
      outcome: 'sent',
      request: {
        id: 'new-1',
        status: 'converting',
        prepareUrl: null,
        openUrl: 'https://app.box.com/folder/555',
        signerEmails: ['signer@example.com'],
        signers: [
          { email: 'sender@example.com', role: 'final_copy_reader', order: 0, isSender: true },
          { email: 'signer@example.com', role: 'signer', order: 1, isSender: false },
        ],
      },
    });
    expect(box.calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      'GET /2.0/files/111', 'GET /2.0/files/222', 'POST /2.0/sign_requests',
      'GET /2.0/sign_requests', // the look for copies: one page, as the new request is on it
    ]);
    expect(JSON.parse(box.posts()[0]?.body ?? '')).toMatchObject({ external_id: EXTERNAL_ID });
  });

  it('checks the Box payload once on its way to Box: as built, not again in the client', async () => {
    const parse = vi.spyOn(SignRequestCreateSchema, 'safeParse');
    try {
      const box = fakeBox();
      await send(box);
      expect(box.posts()).toHaveLength(1);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('uses a new unique secure-sign- id by default', async () => {
    const box = fakeBox();
    await sendSignRequest({ client: box.client, request: sendRequest() });
    await sendSignRequest({ client: box.client, request: sendRequest() });
    const ids = box.posts().map((c) => (JSON.parse(c.body ?? '') as { external_id: string }).external_id);
    expect(ids[0]).toMatch(/^secure-sign-[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  describe('copies made by a re-sent POST (the browser re-sends over a new connection when one is cut)', () => {
    it('reports other requests with the same external_id as copies, and posts nothing more', async () => {
      const box = fakeBox({ copiesBeforeCreate: 1 });
      const outcome = await send(box);
      expect(outcome).toMatchObject({ outcome: 'sent', request: { id: 'new-1' }, copies: [{ id: 'copy-0', status: 'converting' }] });
      expect(box.posts()).toHaveLength(1);
      expect(box.calls.filter((c) => c.url.pathname.endsWith('/cancel'))).toEqual([]); // the tracker cancels, when Box allows
    });

    it('pages on while the new request is not found yet (Box lists it last), within the bound', async () => {
      const box = fakeBox({ copiesBeforeCreate: 1, listsNewAt: 'end', otherRequests: 250 });
      const outcome = await send(box);
      expect(outcome).toMatchObject({ outcome: 'sent', copies: [{ id: 'copy-0' }] });
      expect(box.lists()).toHaveLength(3);
    });

    it('stops at the page holding the new request: usually one list call', async () => {
      const box = fakeBox({ otherRequests: 250 });
      const outcome = await send(box);
      expect(outcome).not.toHaveProperty('copies');
      expect(box.lists()).toHaveLength(1);
    });

    it('keeps paging past copies listed before the new request, and reports those after it on the same walk', async () => {
      const box = fakeBox({ copiesBeforeCreate: 2, listsNewAt: 'end', otherRequests: 0 });
      const outcome = await send(box, { pageSize: 1 });
      expect(outcome).toMatchObject({ outcome: 'sent', request: { id: 'new-1' }, copies: [{ id: 'copy-0' }, { id: 'copy-1' }] });
      expect(box.lists()).toHaveLength(3);
    });

    it('reports at most MAX_COPIES (10) copies, so the popup can read the answer', async () => {
      const box = fakeBox({ copiesBeforeCreate: 12 });
      const outcome = await send(box);
      expect(outcome).toMatchObject({ outcome: 'sent', request: { id: 'new-1' } });
      expect(outcome.outcome === 'sent' && outcome.copies).toHaveLength(10);
      expect(SendOutcomeSchema.safeParse(outcome).success).toBe(true);
    });

    it('a failing list does not fail a send Box accepted: no copies reported', async () => {
      const box = fakeBox({ copiesBeforeCreate: 1, listFails: true });
      const outcome = await send(box);
      expect(outcome).toEqual(expect.objectContaining({ outcome: 'sent', request: expect.objectContaining({ id: 'new-1' }) }));
      expect(outcome).not.toHaveProperty('copies');
    });
  });

  it('refuses, without posting, when a file cannot be downloaded', async () => {
    const box = fakeBox({ canDownload: false });
    await expect(send(box)).rejects.toMatchObject({ code: 'download_not_allowed', message: expect.stringMatching(/File 111\.pdf/) });
    expect(box.posts()).toHaveLength(0);
  });

  it.each(['http500', 'network', 'timeout'] as const)('after a %s that created the request, finds it instead of re-posting', async (how) => {
    const box = fakeBox({ createFails: { step: 'after', how } });
    const outcome = await send(box);
    expect(outcome).toMatchObject({ outcome: 'sent', request: { id: 'new-1' } });
    expect(box.posts()).toHaveLength(1);
    expect(box.lists().length).toBeGreaterThan(0);
  });

  it.each(['http500', 'network', 'timeout'] as const)('after a %s that created nothing, says plainly nothing was sent', async (how) => {
    const box = fakeBox({ createFails: { step: 'before', how } });
    const error = await send(box).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoxApiError);
    expect(error).toMatchObject({ code: 'sign_request_not_created' });
    expect(box.posts()).toHaveLength(1);
  });

  it('pages through the list to find it', async () => {
    const box = fakeBox({ createFails: { step: 'after', how: 'http500' }, otherRequests: 3, listsNewAt: 'end' });
    const outcome = await send(box, { pageSize: 1, maxPages: 5 });
    expect(outcome).toMatchObject({ outcome: 'sent', request: { id: 'new-1' } });
    expect(box.lists().map((c) => c.url.searchParams.get('marker'))).toEqual([null, '1', '2', '3']);
    const later = fakeBox({ createFails: { step: 'before', how: 'http500' }, otherRequests: 3 });
    await expect(send(later, { pageSize: 1, maxPages: 5 })).rejects.toMatchObject({ code: 'sign_request_not_created' });
    expect(later.lists()).toHaveLength(3);
  });

  it('answers unknown when the list fails too', async () => {
    const box = fakeBox({ createFails: { step: 'after', how: 'http500' }, listFails: true });
    expect(await send(box)).toEqual({ outcome: 'unknown', externalId: EXTERNAL_ID });
    expect(box.posts()).toHaveLength(1);
  });

  it('answers unknown, not "not sent", when the bound stops the search with pages left', async () => {
    const box = fakeBox({ createFails: { step: 'before', how: 'http500' }, otherRequests: 10 });
    expect(await send(box, { pageSize: 2, maxPages: 3 })).toEqual({ outcome: 'unknown', externalId: EXTERNAL_ID });
    expect(box.lists()).toHaveLength(3);
    expect(box.posts()).toHaveLength(1);
  });

  it('rethrows a refusal from Box without looking it up', async () => {
    const box = fakeBox({ createFails: { step: 'before', how: 'http400' } });
    await expect(send(box)).rejects.toMatchObject({ status: 400, code: 'bad_request' });
    expect(box.lists()).toHaveLength(0);
  });

  it('never returns the password, even when Box echoes it back with the signers', async () => {
    const box = fakeBox({ echoSigners: true });
    const outcome = await send(box);
    // The password was posted and came back in Box's answer: there was something to leak.
    expect(box.posts()[0]?.body).toMatch(/hunter2-secret/);
    expect(outcome).toMatchObject({ outcome: 'sent', request: { id: 'new-1', signerEmails: ['signer@example.com'] } });
    expect(JSON.stringify(outcome)).not.toMatch(/hunter2/);
  });

  describe('from a template', () => {
    const placeholder = { email: '', label: 'Client', role: 'signer', order: 1, is_phone_number_required: true };
    const fromTemplate = sendRequest({
      fileIds: [],
      templateId: 'f2ec720d-47a6-4052-8210-9bfa8d6c349c',
      signers: [{ email: 'client@example.com', role: 'signer', order: null, verification: { kind: 'sms', phone: '+14155552671' }, password: null }],
    });

    it('reads the template again and posts template_id without files or file checks', async () => {
      const box = fakeBox({ template: signTemplate({}, [placeholder]) });
      await sendSignRequest({ client: box.client, request: fromTemplate, newExternalId: () => EXTERNAL_ID });
      expect(box.calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
        'GET /2.0/sign_templates/f2ec720d-47a6-4052-8210-9bfa8d6c349c',
        'POST /2.0/sign_requests',
        'GET /2.0/sign_requests',
      ]);
      expect(JSON.parse(box.posts()[0]?.body ?? '')).toEqual({
        template_id: 'f2ec720d-47a6-4052-8210-9bfa8d6c349c',
        signers: [{ email: 'client@example.com', role: 'signer', verification_phone_number: '+14155552671' }],
        external_id: EXTERNAL_ID,
      });
    });

    it('refuses, without posting, a request that does not fit the template', async () => {
      const box = fakeBox({ template: signTemplate({ are_email_settings_locked: true }, [placeholder]) });
      const misfit = { ...fromTemplate, signers: [{ ...fromTemplate.signers[0]!, verification: { kind: 'none' as const } }] };
      misfit.options = { ...misfit.options, emailSubject: 'Please sign' };
      const error = await sendSignRequest({ client: box.client, request: misfit }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'template_mismatch', message: expect.stringMatching(/SMS code.*does not allow changing/s) });
      expect(box.posts()).toHaveLength(0);
    });

    it('says so when the template is gone', async () => {
      const box = fakeBox();
      await expect(sendSignRequest({ client: box.client, request: fromTemplate })).rejects.toMatchObject({ status: 404, resource: 'sign_template' });
      expect(box.posts()).toHaveLength(0);
    });
  });
});

describe('withTemplateFiles', () => {
  const file = { id: '111', name: 'Own.pdf', extension: 'pdf', size: 1, canDownload: true } as Parameters<typeof withTemplateFiles>[1][number];
  const templateFiles = { source_files: [{ id: '222' }] };

  it("keeps the request's own files, without reading the template's", async () => {
    const box = fakeBox();
    expect(await withTemplateFiles(box.client, [file], templateFiles)).toEqual([file]);
    expect(await withTemplateFiles(box.client, [file], null)).toEqual([file]);
    expect(box.calls).toEqual([]);
  });

  it("reads the template's documents for a request without files", async () => {
    const box = fakeBox();
    expect(await withTemplateFiles(box.client, [], templateFiles)).toMatchObject([{ id: '222', name: 'File 222.pdf' }]);
    expect(await withTemplateFiles(box.client, [], null)).toEqual([]);
    expect(await withTemplateFiles(box.client, [], { source_files: null })).toEqual([]);
  });
});

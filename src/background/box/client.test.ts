import { describe, expect, it, vi } from 'vitest';
import { BoxApiError, toUserError } from './box-error';
import { inWords } from '../../platform/box-words';
import { createBoxClient, type TokenProvider } from './client';
import { buildSignRequestPayload } from './payload';
import { boxError, fakeFetch, fakeSleep, hang, json, scripted, sendRequest, signRequest, signTemplate, type Step } from './box.test-helpers';

function tokens(initial = 'at-1', next = 'at-2'): TokenProvider & { refreshes: string[] } {
  let current = initial;
  const refreshes: string[] = [];
  return {
    refreshes,
    getAccessToken: async () => current,
    refresh: async (stale) => {
      refreshes.push(stale);
      current = next;
      return current;
    },
  };
}

function setup(...steps: Step[]) {
  const box = fakeFetch(scripted(...steps));
  const sleeper = fakeSleep();
  const tokenProvider = tokens();
  const client = createBoxClient({ fetch: box.fetch, tokens: tokenProvider, sleep: sleeper.sleep, timeoutMs: 20 });
  return { client, calls: box.calls, waits: sleeper.waits, tokens: tokenProvider };
}

const payload = buildSignRequestPayload({ request: sendRequest({ fileIds: ['12345'] }), externalId: 'secure-sign-1' });

const fileBody = { type: 'file', id: '12345', name: 'Offer letter.docx', extension: 'docx', size: 2048, permissions: { can_download: true } };

describe('Box client requests', () => {
  it('sends the bearer token and JSON body to POST /2.0/sign_requests', async () => {
    const { client, calls } = setup(json(201, signRequest()));
    const created = await client.createSignRequest(payload);
    expect(created.id).toBe('a1b2c3d4-0000-4000-8000-000000000001');
    const [call] = calls;
    expect(call?.url.href).toBe('https://api.box.com/2.0/sign_requests');
    expect(call?.method).toBe('POST');
    expect(call?.headers.get('authorization')).toBe('Bearer at-1');
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(call?.body ?? '')).toEqual(payload);
  });

  it('gets a file with the fields it needs and maps it to FileInfo', async () => {
    const { client, calls } = setup(json(200, fileBody));
    expect(await client.getFile('12345')).toEqual({ id: '12345', name: 'Offer letter.docx', extension: 'docx', size: 2048, canDownload: true, classification: null });
    expect(calls[0]?.url.href).toBe('https://api.box.com/2.0/files/12345?fields=name,extension,size,permissions,classification');
  });

  it('gives a file Box answers without an extension an empty one ("by default, an empty string")', async () => {
    const { extension: _, ...withoutExtension } = fileBody;
    const { client } = setup(json(200, withoutExtension));
    expect((await client.getFile('12345')).extension).toBe('');
  });

  it('reads a file’s classification label; none (null) means unclassified', async () => {
    const labelled = { ...fileBody, classification: { name: 'Confidential', definition: 'Internal only', color: '#FF0000' } };
    const { client } = setup(json(200, labelled), json(200, { ...fileBody, classification: null }));
    expect((await client.getFile('12345')).classification).toBe('Confidential');
    expect((await client.getFile('12345')).classification).toBeNull();
  });

  it('reads the folders above a folder, the root first', async () => {
    const body = { type: 'folder', id: '9', etag: '1', path_collection: { total_count: 2, entries: [{ type: 'folder', id: '0', name: 'All Files' }, { type: 'folder', id: '5', name: 'Legal' }] } };
    const { client, calls } = setup(json(200, body));
    expect(await client.getFolderAncestors('9')).toEqual(['0', '5']);
    expect(calls[0]?.url.href).toBe('https://api.box.com/2.0/folders/9?fields=path_collection');
  });

  it('passes a shared link in the BoxApi header', async () => {
    const { client, calls } = setup(json(200, fileBody), json(200, fileBody), json(200, { type: 'folder', id: '9', name: 'Folder' }));
    await client.getFile('12345', { sharedLink: 'https://app.box.com/s/abc' });
    expect(calls[0]?.headers.get('boxapi')).toBe('shared_link=https://app.box.com/s/abc');
    expect(await client.resolveSharedFile('https://app.box.com/s/abc')).toMatchObject({ id: '12345', canDownload: true });
    expect(calls[1]?.url.href).toBe('https://api.box.com/2.0/shared_items?fields=name,extension,size,permissions,classification');
    expect(calls[1]?.headers.get('boxapi')).toBe('shared_link=https://app.box.com/s/abc');
    await expect(client.resolveSharedFile('https://app.box.com/s/folder')).rejects.toMatchObject({ code: 'not_a_file' });
    expect(calls.map((c) => c.headers.get('authorization'))).toEqual(['Bearer at-1', 'Bearer at-1', 'Bearer at-1']);
  });

  it('encodes ids in paths', async () => {
    const { client, calls } = setup(json(200, signRequest()), json(200, signRequest()));
    await client.getSignRequest('../users/me?x=1');
    await client.cancelSignRequest('a/b', 'Wrong file');
    expect(calls[0]?.url.pathname).toBe('/2.0/sign_requests/..%2Fusers%2Fme%3Fx%3D1');
    expect(calls[1]?.url.pathname).toBe('/2.0/sign_requests/a%2Fb/cancel');
    expect(JSON.parse(calls[1]?.body ?? '')).toEqual({ reason: 'Wrong file' });
  });

  it('lists with marker and limit, resends, and reads the user', async () => {
    const { client, calls } = setup(
      json(200, { entries: [signRequest()], next_marker: null, limit: 50 }),
      new Response(null, { status: 202 }),
      json(200, { type: 'user', id: '42', name: 'Ana', login: 'ana@example.com', extra: 1 }),
    );
    expect((await client.listSignRequests({ marker: 'm 1', limit: 50 })).entries).toHaveLength(1);
    await expect(client.resendSignRequest('id-1')).resolves.toBeUndefined();
    expect(await client.getMe()).toEqual({ id: '42', name: 'Ana', login: 'ana@example.com' });
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual([
      'GET /2.0/sign_requests?marker=m%201&limit=50',
      'POST /2.0/sign_requests/id-1/resend',
      'GET /2.0/users/me?fields=id,name,login',
    ]);
  });

  it('refuses an invalid payload without calling Box', async () => {
    const { client, calls } = setup();
    const bad = { ...payload, parent_folder: { id: '0', type: 'folder' as const } };
    await expect(client.createSignRequest(bad)).rejects.toMatchObject({ code: 'invalid_request' });
    expect(calls).toHaveLength(0);
  });

  it('turns an unexpected body into malformed_response', async () => {
    const { client } = setup(json(200, { id: '1', name: 'x' }));
    await expect(client.getFile('1')).rejects.toMatchObject({ code: 'malformed_response', resource: 'file' });
  });

  it('uses apiBase when given', async () => {
    const box = fakeFetch(scripted(json(200, fileBody)));
    const client = createBoxClient({ fetch: box.fetch, tokens: tokens(), sleep: fakeSleep().sleep, apiBase: 'https://127.0.0.1:8443/' });
    await client.getFile('12345');
    expect(box.calls[0]?.url.origin + box.calls[0]!.url.pathname).toBe('https://127.0.0.1:8443/2.0/files/12345');
  });

  it('drops every trailing slash of apiBase', async () => {
    const box = fakeFetch(scripted(json(200, fileBody)));
    const client = createBoxClient({ fetch: box.fetch, tokens: tokens(), sleep: fakeSleep().sleep, apiBase: 'https://127.0.0.1:8443//' });
    await client.getFile('12345');
    expect(box.calls[0]?.url.href).toMatch(/^https:\/\/127\.0\.0\.1:8443\/2\.0\/files\/12345\?/);
  });

  it('asks for JSON, and labels a body only when there is one', async () => {
    const { client, calls } = setup(json(200, fileBody));
    await client.getFile('12345');
    expect(calls[0]?.headers.get('accept')).toBe('application/json');
    expect(calls[0]?.headers.has('content-type')).toBe(false);
    expect(calls[0]?.body).toBeUndefined();
  });

  it('treats a 300 answer as a failure, not as the data asked for', async () => {
    const { client, calls } = setup(json(300, fileBody));
    await expect(client.getFile('12345')).rejects.toMatchObject({ status: 300 });
    expect(calls).toHaveLength(1);
  });
});

describe('401 handling', () => {
  it('refreshes once with the refused token and retries', async () => {
    const { client, calls, tokens } = setup(new Response('', { status: 401 }), json(200, fileBody));
    await client.getFile('12345');
    expect(tokens.refreshes).toEqual(['at-1']);
    expect(calls.map((c) => c.headers.get('authorization'))).toEqual(['Bearer at-1', 'Bearer at-2']);
  });

  it('gives up after a second 401, without looping', async () => {
    const { client, calls, tokens } = setup(new Response('', { status: 401 }), new Response('', { status: 401 }));
    await expect(client.createSignRequest(payload)).rejects.toMatchObject({ status: 401 });
    expect(tokens.refreshes).toHaveLength(1);
    expect(calls).toHaveLength(2);
  });

  it('passes on a failed refresh', async () => {
    const box = fakeFetch(scripted(new Response('', { status: 401 })));
    const failing: TokenProvider = {
      getAccessToken: async () => 'at-1',
      refresh: async () => {
        throw new BoxApiError({ status: 400, code: 'invalid_grant', message: '' });
      },
    };
    const client = createBoxClient({ fetch: box.fetch, tokens: failing, sleep: fakeSleep().sleep });
    await expect(client.getMe()).rejects.toMatchObject({ code: 'invalid_grant' });
  });
});

describe('429 handling', () => {
  it('waits retry-after seconds then retries, even a create', async () => {
    const { client, calls, waits } = setup(boxError(429, 'rate_limit_exceeded', '', { 'retry-after': '2' }), json(201, signRequest()));
    await client.createSignRequest(payload);
    expect(waits).toEqual([2000]);
    expect(calls).toHaveLength(2);
  });

  it('still waits when Box asks for exactly the longest wait allowed (30 s)', async () => {
    const { client, calls, waits } = setup(boxError(429, 'rate_limit_exceeded', '', { 'retry-after': '30' }), json(201, signRequest()));
    await client.createSignRequest(payload);
    expect(waits).toEqual([30_000]);
    expect(calls).toHaveLength(2);
  });

  it('fails clearly without waiting when Box asks for longer than allowed', async () => {
    const { client, calls, waits } = setup(boxError(429, 'rate_limit_exceeded', '', { 'retry-after': '3600' }));
    await expect(client.createSignRequest(payload)).rejects.toMatchObject({ status: 429, retryAfter: 3600 });
    expect(waits).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('backs off without retry-after and stops after three attempts', async () => {
    const busy = () => boxError(429, 'rate_limit_exceeded');
    const { client, calls, waits } = setup(busy(), busy(), busy());
    await expect(client.getSignRequest('x')).rejects.toMatchObject({ status: 429 });
    expect(waits).toEqual([1000, 2000]);
    expect(calls).toHaveLength(3);
  });
});

describe('failures with an unknown outcome', () => {
  it.each([
    ['a 500', boxError(500, 'internal_server_error')],
    ['a network error', new TypeError('Failed to fetch')],
    ['a time-out', hang],
  ])('never re-posts a create after %s', async (_label, step) => {
    const { client, calls, waits } = setup(step as Step, json(201, signRequest()));
    const error = await client.createSignRequest(payload).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoxApiError);
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('reports a time-out as such', async () => {
    const { client } = setup(hang);
    await expect(client.createSignRequest(payload)).rejects.toMatchObject({ status: 0, code: 'timeout' });
  });

  it('never repeats cancel or resend after a 5xx', async () => {
    const { client, calls } = setup(boxError(502, 'bad_gateway'), boxError(503, 'unavailable'));
    await expect(client.cancelSignRequest('x')).rejects.toMatchObject({ status: 502 });
    await expect(client.resendSignRequest('x')).rejects.toMatchObject({ status: 503 });
    expect(calls).toHaveLength(2);
  });

  it('retries a GET after a 5xx or network error, with back-off', async () => {
    const { client, calls, waits } = setup(boxError(503, 'unavailable'), new TypeError('Failed to fetch'), json(200, fileBody));
    await expect(client.getFile('12345')).resolves.toMatchObject({ canDownload: true });
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([1000, 2000]);
  });

  it('gives up on a GET after three attempts', async () => {
    const down = () => boxError(500, 'internal_server_error');
    const { client, calls } = setup(down(), down(), down(), json(200, fileBody));
    await expect(client.getFile('12345')).rejects.toMatchObject({ status: 500 });
    expect(calls).toHaveLength(3);
  });

  it('does not retry other client errors', async () => {
    const { client, calls } = setup(boxError(404, 'not_found'));
    await expect(client.getFile('12345')).rejects.toMatchObject({ status: 404, resource: 'file' });
    expect(calls).toHaveLength(1);
  });
});

describe('secrets', () => {
  it('never puts the password in what it returns or logs', async () => {
    const log = vi.spyOn(console, 'log');
    const info = vi.spyOn(console, 'info');
    const warn = vi.spyOn(console, 'warn');
    const err = vi.spyOn(console, 'error');
    const debug = vi.spyOn(console, 'debug');
    // Even if Box echoed the write-only password back.
    const echoed = signRequest({ signers: [{ email: 'signer@example.com', role: 'signer', password: 'hunter2-secret' }] });
    const { client } = setup(json(201, echoed), boxError(400, 'bad_request', 'bad'));
    const created = await client.createSignRequest(payload);
    const failure = await client.createSignRequest(payload).catch((e: unknown) => e);
    expect(JSON.stringify(created)).not.toMatch(/hunter2/);
    expect(JSON.stringify({ ...(failure as object), message: (failure as Error).message })).not.toMatch(/hunter2/);
    for (const spy of [log, info, warn, err, debug]) expect(spy).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('masks the password where Box quotes it back in an error', async () => {
    const quoting = json(400, {
      type: 'error',
      status: 400,
      code: 'bad_request',
      message: "Invalid value 'hunter2-secret'. 'signers[0].password' is too weak",
      context_info: { errors: [{ name: 'signers[0].password', message: "Invalid value 'hunter2-secret'" }] },
      request_id: 'r-9',
    });
    const { client } = setup(quoting);
    const error = (await client.createSignRequest(payload).catch((e: unknown) => e)) as BoxApiError;
    expect(error).toBeInstanceOf(BoxApiError);
    expect(error).toMatchObject({ status: 400, code: 'bad_request', requestId: 'r-9' });
    expect(error.message).toContain('[redacted]');
    expect(JSON.stringify(error.contextInfo) + error.message).not.toMatch(/hunter2/);
    vi.restoreAllMocks();
  });
});

describe('sign templates', () => {
  it('lists with marker and limit, and reads one by id', async () => {
    const { client, calls } = setup(json(200, { entries: [signTemplate()], next_marker: 'm2', limit: 100 }), json(200, signTemplate()));
    const list = await client.listSignTemplates({ limit: 100, marker: 'm1' });
    expect(list.entries[0]).toMatchObject({ id: 'f2ec720d-47a6-4052-8210-9bfa8d6c349c', name: 'Mutual NDA' });
    expect(list.next_marker).toBe('m2');
    await client.getSignTemplate('f2ec720d-47a6-4052-8210-9bfa8d6c349c');
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual([
      'GET /2.0/sign_templates?marker=m1&limit=100',
      'GET /2.0/sign_templates/f2ec720d-47a6-4052-8210-9bfa8d6c349c',
    ]);
  });

  it('names a missing template as a template', async () => {
    const { client } = setup(boxError(404, 'not_found'));
    const error = (await client.getSignTemplate('gone').catch((e: unknown) => e)) as BoxApiError;
    expect(error).toMatchObject({ status: 404, resource: 'sign_template' });
    expect(inWords(toUserError(error)).message).toBe('Box could not find this template, or you do not have access to it.');
  });
});

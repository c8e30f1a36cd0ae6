// The service worker's listener as index.ts wires it, driven with a fake runtime and a fake Box:
// who may ask (only the extension's own pages), and a sign request sent end to end through it,
// with the external_id the tracker stored being the one posted to Box.
import { describe, expect, it, vi } from 'vitest';
import type { Auth } from './auth/auth';
import { BoxApiError } from './box/box-error';
import type { BoxClient } from './box/client';
import type { SignRequest, SignRequestCreate } from './box/schemas';
import { sendRequest } from './box/box.test-helpers';
import { createBackgroundListener } from './listener';
import { testServices } from './handlers.test-helpers';
import { createTracker } from './tracking/tracker';
import { TRACKING_KEY } from './tracking/store';
import { fakeAlarms, fakeNotifier, T0 } from './tracking/tracking.test-helpers';
import { memoryArea } from '../shared/storage-area';
import { backgroundProtocol, type UserError } from '../shared/messages';
import { inWords } from '../platform/box-words';

const id = 'bcjnfaclfhppkahphndmgmnobabfllhe';
const runtime = { extensionId: () => id, extensionBaseUrl: () => `chrome-extension://${id}/` };
const popup = { id, url: `chrome-extension://${id}/src/popup/index.html` };
const contentScript = { id, url: 'https://app.box.com/file/1000000001', tab: { id: 3 }, frameId: 0 };
const otherExtension = { id: 'other', url: 'chrome-extension://other/popup.html' };
const EXTERNAL_ID = 'secure-sign-fixed-0001';

const created = (externalId: string): SignRequest => ({
  id: 'sr-1',
  status: 'converting',
  external_id: externalId,
  prepare_url: null,
  sender_email: 'ada@example.com',
  parent_folder: { id: '555' },
  signers: [{ email: 'ada@example.com', role: 'final_copy_reader' }, { email: 'signer@example.com', role: 'signer' }],
});

function setup(createSignRequest: (payload: SignRequestCreate) => Promise<SignRequest>) {
  const area = memoryArea();
  const client = {
    getFile: vi.fn(async (fileId: string) => ({ id: fileId, name: `File ${fileId}.pdf`, extension: 'pdf', size: 1, canDownload: true })),
    createSignRequest: vi.fn(createSignRequest),
    listSignRequests: vi.fn(async () => ({ entries: [], next_marker: null })),
    getMe: vi.fn(async () => ({ id: '1', name: 'Ada', login: 'ada@example.com' })),
  } as unknown as BoxClient & { createSignRequest: ReturnType<typeof vi.fn>; getMe: ReturnType<typeof vi.fn> };
  const setting = { read: async () => ({ enabled: false, locked: false }), write: async () => undefined };
  const tracking = createTracker({ area, client, now: () => T0, alarms: fakeAlarms().api, notifier: fakeNotifier().api, setting });
  const auth = { state: vi.fn(async () => ({ connected: true, method: 'oauth', expiresAt: null })) } as unknown as Auth;
  const listen = createBackgroundListener(testServices({ auth, client, tracking, newExternalId: () => EXTERNAL_ID }), runtime);
  return { listen, client, area };
}

const send = { type: 'sendSignRequest', data: sendRequest({ fileIds: ['1000000001'] }) };

describe('the service worker answers only its own pages', () => {
  it('answers the popup', async () => {
    const { listen } = setup(async (payload) => created(payload.external_id!));
    expect(await listen({ type: 'getAuthState', data: {} }, popup)).toMatchObject({ ok: true, data: { connected: true } });
  });

  it('gives a content script, another extension or a sender without URL no answer, and sends nothing', async () => {
    const { listen, client } = setup(async (payload) => created(payload.external_id!));
    for (const sender of [contentScript, otherExtension, { id }, { url: popup.url }]) {
      expect(listen(send, sender)).toBeUndefined();
      expect(listen({ type: 'getAuthState', data: {} }, sender)).toBeUndefined();
    }
    expect(client.getFile).not.toHaveBeenCalled();
    expect(client.createSignRequest).not.toHaveBeenCalled();
    expect(client.getMe).not.toHaveBeenCalled();
  });

  it('a foreign sender with an INVALID payload gets nothing, and the payload is never parsed', () => {
    const { listen } = setup(async (payload) => created(payload.external_id!));
    const parse = vi.spyOn(backgroundProtocol.sendSignRequest.request, 'safeParse');
    try {
      expect(listen({ type: 'sendSignRequest', data: { fileIds: 'not a list' } }, contentScript)).toBeUndefined();
      expect(parse).not.toHaveBeenCalled();
      // The same payload from the popup does reach the schema, and is refused in words.
      expect(listen({ type: 'sendSignRequest', data: { fileIds: 'not a list' } }, popup)).toBeDefined();
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('sendSignRequest through the listener, end to end with a fake Box', () => {
  it('posts the external_id the tracker stored before the POST, and records the request Box made', async () => {
    let storedDuringPost: unknown;
    const { listen, client, area } = setup(async (payload) => {
      storedDuringPost = (await area.get(TRACKING_KEY))[TRACKING_KEY];
      return created(payload.external_id!);
    });
    const answer = await listen(send, popup);
    expect(answer).toMatchObject({ ok: true, data: { outcome: 'sent', request: { id: 'sr-1', signerEmails: ['signer@example.com'] } } });
    expect(client.createSignRequest).toHaveBeenCalledTimes(1);
    expect(client.createSignRequest.mock.calls[0]![0]).toMatchObject({ external_id: EXTERNAL_ID });
    // Stored before the POST: a worker stopped mid-send leaves this id for the next one to look up.
    expect(storedDuringPost).toMatchObject({ sending: [{ externalId: EXTERNAL_ID, files: [{ id: '1000000001' }] }] });
    const list = await listen({ type: 'listSent', data: {} }, popup);
    expect(list).toMatchObject({ ok: true, data: { requests: [{ id: 'sr-1' }], sending: 0 } });
  });

  it('an unknown outcome keeps the posted external_id, both in the answer and in storage, and never posts again', async () => {
    const { listen, client, area } = setup(async () => {
      throw new BoxApiError({ status: 0, code: 'network_error', message: 'offline' });
    });
    vi.mocked(client.listSignRequests).mockRejectedValue(new BoxApiError({ status: 0, code: 'network_error', message: 'offline' }));
    expect(await listen(send, popup)).toEqual({ ok: true, data: { outcome: 'unknown', externalId: EXTERNAL_ID } });
    expect(client.createSignRequest).toHaveBeenCalledTimes(1);
    expect(client.createSignRequest.mock.calls[0]![0]).toMatchObject({ external_id: EXTERNAL_ID });
    expect((await area.get(TRACKING_KEY))[TRACKING_KEY]).toMatchObject({ sending: [{ externalId: EXTERNAL_ID }] });
  });
});

describe('errors reach the page in plain words, or as Box facts the page words', () => {
  it('a tracking refusal keeps its own words and code; a Box failure goes as its facts, which the page phrases', async () => {
    const { listen } = setup(async () => {
      throw new BoxApiError({ status: 400, code: 'bad_request', message: 'Invalid email', resource: 'sign_request' });
    });
    // Not in the "Sent" list: the tracker's own refusal, passed on as it is.
    expect(await listen({ type: 'resendSignRequest', data: { id: 'a1b2c3d4-0000-4000-8000-000000000001' } }, popup)).toMatchObject({
      ok: false,
      error: { code: 'not_tracked', message: expect.stringMatching(/\w/) },
    });
    const refused = await listen(send, popup);
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request', status: 400, box: { status: 400, code: 'bad_request', message: 'Invalid email' } } });
    expect(inWords((refused as { error: UserError }).error).message).toMatch(/\w{3}/);
  });
});


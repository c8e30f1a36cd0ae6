import { describe, expect, it, vi } from 'vitest';
import type { Auth, AuthStatus } from './auth/auth';
import { BoxApiError } from './box/box-error';
import type { BoxClient } from './box/client';
import { backgroundHandlers } from './handlers';
import { testServices } from './handlers.test-helpers';
import { SHIPPED_CONFUSABLES } from '../shared/guard/confusables.test-helpers';

const user = { id: '20000001', name: 'Ada Lovelace', login: 'ada@example.com' };
const sender = { id: 'ext', url: 'chrome-extension://ext/src/popup/index.html' };

function fakes(status: AuthStatus, getMe: BoxClient['getMe']) {
  const auth = { state: vi.fn(async () => status), disconnect: vi.fn(async () => ({ connected: false as const })) } as unknown as Auth;
  const client = { getMe: vi.fn(getMe) } as unknown as BoxClient;
  return backgroundHandlers(testServices({ auth, client }));
}

describe('background handlers', () => {
  it('reports who is connected', async () => {
    const h = fakes({ connected: true, method: 'oauth', expiresAt: null }, async () => user);
    expect(await h.getAuthState({}, sender)).toEqual({ connected: true, method: 'oauth', expiresAt: null, user });
  });

  it('keeps the connection without a name when Box cannot be reached', async () => {
    const h = fakes({ connected: true, method: 'oauth', expiresAt: null }, async () => {
      throw new BoxApiError({ status: 0, code: 'network_error', message: 'offline', resource: 'user' });
    });
    expect(await h.getAuthState({}, sender)).toMatchObject({ connected: true, user: null });
  });

  it('tells every connection state it answers with, so the popup can read it as it opens', async () => {
    const told: unknown[] = [];
    const auth = { state: vi.fn(async () => ({ connected: true, method: 'oauth', expiresAt: null })), disconnect: vi.fn(async () => ({ connected: false as const })) } as unknown as Auth;
    const client = { getMe: vi.fn(async () => user) } as unknown as BoxClient;
    const h = backgroundHandlers(testServices({ auth, client, onAuthState: async (state) => void told.push(state) }));
    await h.getAuthState({}, sender);
    await h.disconnect({}, sender);
    expect(told).toEqual([{ connected: true, method: 'oauth', expiresAt: null, user }, { connected: false }]);
  });

  it('does not ask Box who is connected when nobody is', async () => {
    const getMe = vi.fn(async () => user);
    const h = fakes({ connected: false }, getMe);
    expect(await h.getAuthState({}, sender)).toEqual({ connected: false });
    expect(getMe).not.toHaveBeenCalled();
  });
});

describe('shared links', () => {
  const file = { id: '1000000001', name: 'NDA - Acme.pdf', extension: 'pdf', size: 1, canDownload: true };
  function withClient() {
    const client = { getFile: vi.fn(async () => file), resolveSharedFile: vi.fn(async () => file) };
    const h = backgroundHandlers(testServices({ auth: {} as Auth, client: client as unknown as BoxClient }));
    return { h, client };
  }

  it('passes only canonical Box share links on to Box', async () => {
    const { h, client } = withClient();
    await h.resolveSharedLink({ sharedLink: 'https://acme.app.box.com/s/abc123?x=1' }, sender);
    expect(client.resolveSharedFile).toHaveBeenCalledWith('https://acme.app.box.com/s/abc123');
    await h.getFile({ fileId: '1000000001', sharedLink: 'https://app.box.com/v/policies/file/1000000001' }, sender);
    expect(client.getFile).toHaveBeenCalledWith('1000000001', { sharedLink: 'https://app.box.com/v/policies' });
  });

  it('refuses links that are not Box share links', async () => {
    const { h, client } = withClient();
    await expect(h.resolveSharedLink({ sharedLink: 'https://evil.example/s/abc' }, sender)).rejects.toMatchObject({ code: 'invalid_shared_link' });
    await expect(h.resolveSharedLink({ sharedLink: 'https://app.box.com/file/123' }, sender)).rejects.toMatchObject({ code: 'invalid_shared_link' });
    expect(client.resolveSharedFile).not.toHaveBeenCalled();
  });
});

describe('the signer guard in the send', () => {
  it("refuses a request that breaks the organisation's rule before anything is recorded or posted", async () => {
    const { createSignerMemory, hmacWith } = await import('./guard/signer-memory');
    const { memoryArea } = await import('../shared/storage-area');
    const { newSignerHmacKey } = await import('../platform/key-store');
    const { NO_GUARD_POLICY } = await import('../shared/guard/policy');
    const key = await newSignerHmacKey();
    const memory = createSignerMemory(memoryArea(), hmacWith(async () => key), Date.now);
    const policy = async () => ({ ...NO_GUARD_POLICY, minPasswordLength: 12 });
    const client = new Proxy({}, { get: () => vi.fn(async () => { throw new Error('Box must not be called'); }) }) as unknown as BoxClient;
    const auth = { state: vi.fn() } as unknown as Auth;
    const h = backgroundHandlers(testServices({ auth, client, guard: { memory, policy, phoneTypes: async () => undefined, confusables: async () => SHIPPED_CONFUSABLES } }));
    const signer = { email: 'a@example.com', role: 'signer', order: null, verification: { kind: 'none' }, password: 'short' };
    const request = { fileIds: ['123'], templateId: null, signers: [signer], options: {} } as never;
    await expect(h.sendSignRequest(request, sender)).rejects.toThrow(/at least 12 characters/);
    expect(await h.listSent({}, sender)).toMatchObject({ requests: [] });
    expect(await h.getGuardContext({}, sender)).toEqual({ sentDomains: [], internalDomains: [], minPasswordLength: 12 });
  });
});

describe('the organisation’s rules on sendSignRequest', () => {
  it('reads the rules at each send and refuses what breaks them before posting', async () => {
    const file = { id: '111', name: 'Contract.pdf', extension: 'pdf', size: 1, canDownload: true, classification: null };
    const client = { getFile: vi.fn(async () => file), createSignRequest: vi.fn() };
    let allowed = ['login'];
    const h = backgroundHandlers(testServices({ auth: {} as Auth, client: client as unknown as BoxClient, rules: async () => ({ allowedMethods: allowed as ['login'] }) }));
    const request = {
      fileIds: ['111'],
      templateId: null,
      signers: [{ email: 'a@x.org', role: 'signer' as const, order: null, verification: { kind: 'sms' as const, phone: '+447700900123' }, password: null }],
      options: { prepare: false, parentFolderId: null, emailSubject: null, emailMessage: null, daysValid: null, remindersEnabled: false, signatureColor: null, name: null, requirePhoneToView: false },
    };
    await expect(h.sendSignRequest(request, sender)).rejects.toMatchObject({ name: 'PolicyRefusedError' });
    expect(client.createSignRequest).not.toHaveBeenCalled();
    allowed = ['sms'];
    client.createSignRequest.mockRejectedValue(new BoxApiError({ status: 400, code: 'bad_request', message: 'stop here', resource: 'sign_request' }));
    await expect(h.sendSignRequest(request, sender)).rejects.toMatchObject({ code: 'bad_request' });
    expect(client.createSignRequest).toHaveBeenCalledTimes(1);
  });
});

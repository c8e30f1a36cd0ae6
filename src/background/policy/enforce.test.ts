import { describe, expect, it } from 'vitest';
import type { SendSignRequest } from '../../shared/messages';
import { readManagedPolicy, type PolicyRules } from '../../shared/settings';
import { createBoxClient } from '../box/client';
import { boxError, fakeFetch, fakeSleep, json, sendRequest, signRequest, signTemplate } from '../box/box.test-helpers';
import { sendSignRequest } from '../box/send';
import { PolicyRefusedError, policyUserError } from './policy-error';
import { createPolicySource } from './policy-source';

const rulesOf = (raw: Record<string, unknown>): PolicyRules => readManagedPolicy(raw).rules;

/** Box with labelled files (404 on the metadata for the others, as Box does), folders and a template. */
function fakeBox(labels: Record<string, string | null> = {}, folders: Record<string, string[]> = {}) {
  const box = fakeFetch((call) => {
    const path = call.url.pathname;
    const id = path.split('/').pop()!;
    if (path.startsWith('/2.0/files/')) {
      const fields = call.url.searchParams.get('fields') ?? '';
      const classification = labels[id] ? { name: labels[id], definition: '', color: '#f00' } : null;
      return json(200, { type: 'file', id, etag: '0', name: `File ${id}.pdf`, extension: 'pdf', size: 1, permissions: { can_download: true }, ...(fields.includes('classification') ? { classification } : {}) });
    }
    if (path.startsWith('/2.0/folders/')) {
      return json(200, { type: 'folder', id, etag: '0', path_collection: { total_count: 1, entries: (folders[id] ?? ['0']).map((f) => ({ type: 'folder', id: f })) } });
    }
    if (path.startsWith('/2.0/sign_templates/')) return json(200, signTemplate());
    if (path === '/2.0/sign_requests' && call.method === 'POST') return json(201, signRequest({ id: 'new-1' }));
    if (path === '/2.0/sign_requests') return json(200, { entries: [signRequest({ id: 'new-1' })], next_marker: null, limit: 100 });
    return boxError(404, 'not_found');
  });
  const client = createBoxClient({ fetch: box.fetch, tokens: { getAccessToken: async () => 'at', refresh: async () => 'at2' }, sleep: fakeSleep().sleep, timeoutMs: 20 });
  const posts = () => box.calls.filter((call) => call.method === 'POST');
  return { client, calls: box.calls, posts };
}

const sms = (email = 'x@partner.io', password: string | null = null): SendSignRequest['signers'][number] => ({
  email, role: 'signer', order: null, verification: { kind: 'sms', phone: '+447700900123' }, password,
});
const none = (email = 'x@partner.io'): SendSignRequest['signers'][number] => ({ email, role: 'signer', order: null, verification: { kind: 'none' }, password: null });

async function refusalOf(promise: Promise<unknown>): Promise<PolicyRefusedError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(PolicyRefusedError);
  return error as PolicyRefusedError;
}

describe('the background’s enforcement of the organisation’s rules', () => {
  it('refuses a method the policy does not allow, with nothing posted', async () => {
    const box = fakeBox();
    const error = await refusalOf(sendSignRequest({ client: box.client, request: sendRequest({ signers: [none()] }), rules: rulesOf({ allowedMethods: ['sms'] }) }));
    expect(error.refusals.map((r) => r.rule)).toEqual(['allowedMethods']);
    expect(box.posts()).toEqual([]);
    expect(policyUserError(error)).toEqual({ message: 'x@partner.io: your organisation does not allow “None”. Allowed: SMS code.', code: 'policy_refused' });
    expect(policyUserError(new Error('other'))).toBeNull();
  });

  it('reads each file’s classification from Box itself, and holds every signer to the strictest label', async () => {
    const box = fakeBox({ '111': 'Confidential', '222': null });
    const rules = rulesOf({ classificationRules: { Confidential: { methods: ['sms'], requirePassword: true } } });
    const request = sendRequest({ fileIds: ['222', '111'], signers: [sms()] });
    const error = await refusalOf(sendSignRequest({ client: box.client, request, rules }));
    expect(error.message).toBe('x@partner.io needs a password: your organisation requires one for files classified “Confidential” (“File 111.pdf”).');
    expect(box.calls.filter((c) => c.url.pathname.startsWith('/2.0/files/')).map((c) => c.url.searchParams.get('fields'))).toEqual([
      'name,extension,size,permissions,classification', 'name,extension,size,permissions,classification',
    ]);
    expect(box.posts()).toEqual([]);
    const fixed = await sendSignRequest({ client: box.client, request: { ...request, signers: [sms('x@partner.io', 'pw-123456')] }, rules, newExternalId: () => 'e1' });
    expect(fixed.outcome).toBe('sent');
    expect(box.posts()).toHaveLength(1);
  });

  it('holds external signers to externalMethods', async () => {
    const box = fakeBox();
    const rules = rulesOf({ internalDomains: ['acme.com'], externalMethods: ['sms'] });
    await sendSignRequest({ client: box.client, request: sendRequest({ signers: [none('a@ACME.com')] }), rules, newExternalId: () => 'e1' });
    const error = await refusalOf(sendSignRequest({ client: box.client, request: sendRequest({ signers: [none('a@acme.com.evil.net')] }), rules }));
    expect(error.refusals[0]?.rule).toBe('externalMethods');
    expect(box.posts()).toHaveLength(1);
  });

  it('reads the labels of a template’s documents when the request names no files', async () => {
    const box = fakeBox({ '777': 'Confidential' });
    const rules = rulesOf({ classificationRules: { confidential: { methods: ['login'] } } });
    const request = sendRequest({ fileIds: [], templateId: 'f2ec720d-47a6-4052-8210-9bfa8d6c349c', signers: [{ ...none(), email: 'client@x.org' }] });
    const error = await refusalOf(sendSignRequest({ client: box.client, request, rules }));
    expect(error.message).toContain('“File 777.pdf”');
    expect(box.posts()).toEqual([]);
  });

  it('looks up where the folder is, allowing the folders below an allowed one', async () => {
    const box = fakeBox({}, { '900': ['0', '100', '500'], '901': ['0', '300'] });
    const rules = rulesOf({ allowedParentFolders: ['100'] });
    const inFolder = (id: string | null) => sendRequest({ signers: [sms()], options: { ...sendRequest().options, parentFolderId: id } });
    await sendSignRequest({ client: box.client, request: inFolder('900'), rules, newExternalId: () => 'e1' });
    await sendSignRequest({ client: box.client, request: inFolder('100'), rules, newExternalId: () => 'e2' });
    expect(box.calls.filter((c) => c.url.pathname.startsWith('/2.0/folders/')).map((c) => c.url.pathname)).toEqual(['/2.0/folders/900']);
    expect((await refusalOf(sendSignRequest({ client: box.client, request: inFolder('901'), rules }))).refusals[0]?.subject).toEqual({ kind: 'folder', id: '901' });
    expect((await refusalOf(sendSignRequest({ client: box.client, request: inFolder(null), rules }))).refusals[0]?.rule).toBe('allowedParentFolders');
    expect(box.posts()).toHaveLength(2);
  });

  it('asks Box where the folder is only when the answer can matter: no folder chosen, or none allowed at all', async () => {
    const box = fakeBox({}, { '900': ['0', '100'] });
    const inFolder = (id: string | null) => sendRequest({ signers: [sms()], options: { ...sendRequest().options, parentFolderId: id } });
    const required = await refusalOf(sendSignRequest({ client: box.client, request: inFolder(null), rules: rulesOf({ allowedParentFolders: ['100'] }) }));
    expect(required.refusals).toEqual([expect.objectContaining({ subject: { kind: 'folder', id: null }, message: expect.stringContaining('Choose a folder') })]);
    const noneAllowed = await refusalOf(sendSignRequest({ client: box.client, request: inFolder('900'), rules: rulesOf({ allowedParentFolders: [] }) }));
    expect(noneAllowed.message).toContain('allows no folder');
    expect(box.calls.filter((c) => c.url.pathname.startsWith('/2.0/folders/'))).toEqual([]);
    expect(box.posts()).toEqual([]);
  });

  it('sends as before without rules', async () => {
    const box = fakeBox({ '111': 'Confidential' });
    expect((await sendSignRequest({ client: box.client, request: sendRequest({ signers: [none()] }), newExternalId: () => 'e1' })).outcome).toBe('sent');
  });
});

describe('the policy source', () => {
  it('reads the policy once, and again after the browser says it changed', async () => {
    let raw: unknown = { allowedMethods: ['sms'] };
    let reads = 0;
    const source = createPolicySource(async () => (reads++, raw));
    expect((await source.current()).rules).toEqual({ allowedMethods: ['sms'] });
    raw = { allowedMethods: ['login'] };
    expect((await source.current()).rules).toEqual({ allowedMethods: ['sms'] });
    source.changed();
    expect((await source.current()).rules).toEqual({ allowedMethods: ['login'] });
    expect(reads).toBe(2);
  });

  it('counts a policy that cannot be read as none', async () => {
    expect((await createPolicySource(() => Promise.reject(new Error('no policy'))).current()).rules).toEqual({});
  });
});

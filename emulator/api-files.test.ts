import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USER, startEmulator, type Emulator } from './index.ts';
import { CONTRACTS, NDA, api } from './test-client.test-helpers.ts';

let em: Emulator;
let token: string;
beforeAll(async () => {
  em = await startEmulator();
  token = em.issueDeveloperToken();
});
afterAll(() => em.close());

describe('GET /2.0/files/{id}', () => {
  it('returns the standard representation without fields', async () => {
    const res = await api(em, token, 'GET', `/2.0/files/${NDA}`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ type: 'file', id: NDA, name: 'NDA - Acme.pdf', etag: '0', parent: { id: CONTRACTS, type: 'folder' } });
    expect(res.json.size).toBeTypeOf('number');
    expect(res.json).not.toHaveProperty('permissions'); // File--Full only
    expect(res.json).not.toHaveProperty('extension');
    expect(res.json.path_collection.entries.map((e: { id: string }) => e.id)).toEqual(['0', CONTRACTS]);
  });

  it('with fields returns only the base set (type, id, etag) plus those requested', async () => {
    const res = await api(em, token, 'GET', `/2.0/files/${NDA}?fields=name,extension,size,permissions`);
    expect(Object.keys(res.json).sort()).toEqual(['etag', 'extension', 'id', 'name', 'permissions', 'size', 'type']);
    expect(res.json.extension).toBe('pdf');
    const perms = res.json.permissions;
    for (const key of ['can_delete', 'can_download', 'can_invite_collaborator', 'can_rename', 'can_set_share_access', 'can_share',
      'can_annotate', 'can_comment', 'can_preview', 'can_upload', 'can_view_annotations_all', 'can_view_annotations_self']) {
      expect(perms[key], key).toBeTypeOf('boolean');
    }
    expect(perms.can_download).toBe(true);
    const onlySize = await api(em, token, 'GET', `/2.0/files/${NDA}?fields=size`);
    expect(onlySize.json).not.toHaveProperty('name');
  });

  it('reports can_download false for a read-only file', async () => {
    const res = await api(em, token, 'GET', '/2.0/files/1000000003?fields=permissions');
    expect(res.json.permissions.can_download).toBe(false);
  });

  it('404s unknown ids, 405s malformed ids', async () => {
    const missing = await api(em, token, 'GET', '/2.0/files/123');
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ type: 'error', status: 404, code: 'not_found' });
    const malformed = await api(em, token, 'GET', '/2.0/files/abc');
    expect(malformed.status).toBe(405);
    expect(malformed.json.code).toBe('method_not_allowed');
  });

  it('honours If-None-Match with 304', async () => {
    const res = await api(em, token, 'GET', `/2.0/files/${NDA}`, undefined, { 'if-none-match': '0' });
    expect(res.status).toBe(304);
  });

  it('serves files added at runtime, with the extension derived from the name', async () => {
    em.addFile({ id: '2000000001', name: 'Quote.DOCX', parentFolderId: CONTRACTS, size: 1234 });
    const res = await api(em, token, 'GET', '/2.0/files/2000000001?fields=extension,size');
    expect(res.json).toMatchObject({ extension: 'docx', size: 1234 });
  });
});

describe('folders and users', () => {
  it('GET /2.0/folders/{id} lists items', async () => {
    const res = await api(em, token, 'GET', `/2.0/folders/${CONTRACTS}`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ type: 'folder', id: CONTRACTS, name: 'Contracts' });
    expect(res.json.item_collection.entries.some((e: { id: string }) => e.id === NDA)).toBe(true);
    expect((await api(em, token, 'GET', '/2.0/folders/42')).status).toBe(404);
  });

  it('GET /2.0/users/me with and without fields', async () => {
    const full = await api(em, token, 'GET', '/2.0/users/me');
    expect(full.json).toMatchObject({ type: 'user', ...DEMO_USER, status: 'active' });
    const mini = await api(em, token, 'GET', '/2.0/users/me?fields=name,login');
    expect(mini.json).toEqual({ type: 'user', id: DEMO_USER.id, name: DEMO_USER.name, login: DEMO_USER.login });
  });

  it('answers unknown API paths with 404 and wrong methods with 405', async () => {
    expect((await api(em, token, 'GET', '/2.0/nothing')).status).toBe(404);
    expect((await api(em, token, 'DELETE', '/2.0/users/me')).status).toBe(405);
  });
});

describe('classification (Box Shield labels)', () => {
  const path = (id: string) => `/2.0/files/${id}/metadata/enterprise/securityClassification-6VMVochwUWo`;

  it('is null for an unclassified file with fields=classification, and the metadata instance answers 404 instance_not_found', async () => {
    const res = await api(em, token, 'GET', `/2.0/files/${NDA}?fields=classification`);
    expect(res.json).toEqual({ type: 'file', id: NDA, etag: '0', classification: null });
    const meta = await api(em, token, 'GET', path(NDA));
    expect(meta.status).toBe(404);
    expect(meta.json).toMatchObject({ type: 'error', status: 404, code: 'instance_not_found' });
  });

  it('follows the switch: a label set on a file shows in both places, and can be removed', async () => {
    em.setClassification(NDA, 'Confidential');
    try {
      const res = await api(em, token, 'GET', `/2.0/files/${NDA}?fields=name,classification`);
      expect(res.json.classification).toEqual({ name: 'Confidential', definition: expect.any(String), color: '#FF0000' });
      const meta = await api(em, token, 'GET', path(NDA));
      expect(meta.status).toBe(200);
      expect(meta.json).toMatchObject({ Box__Security__Classification__Key: 'Confidential', $template: 'securityClassification-6VMVochwUWo', $parent: `file_${NDA}` });
      const standard = await api(em, token, 'GET', `/2.0/files/${NDA}`);
      expect(standard.json).not.toHaveProperty('classification'); // File--Full only
    } finally {
      em.setClassification(NDA, null);
    }
    expect((await api(em, token, 'GET', path(NDA))).status).toBe(404);
  });

  it('answers 404 not_found for a file that does not exist, as the file itself does', async () => {
    const meta = await api(em, token, 'GET', path('999999999'));
    expect(meta.json).toMatchObject({ status: 404, code: 'not_found' });
  });
});

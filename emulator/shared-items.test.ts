import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OTHER_USER, SEEDED_SHARES, startEmulator, type Emulator } from './index.ts';
import { api, signBody } from './test-client.test-helpers.ts';

const { offerLetter, vendorMsa, vendorFolder, noPageData, passwordProtected } = SEEDED_SHARES;

let em: Emulator;
let token: string;
beforeAll(async () => {
  em = await startEmulator();
  token = em.issueDeveloperToken();
});
afterAll(() => em.close());

const boxapi = (link: string, password?: string): Record<string, string> =>
  ({ boxapi: `shared_link=${link}${password === undefined ? '' : `&shared_link_password=${password}`}` });

const sharedItem = (link: string, query = '', password?: string) =>
  api(em, token, 'GET', `/2.0/shared_items${query}`, undefined, boxapi(link, password));

describe('GET /2.0/shared_items', () => {
  it('resolves a file link to the file (standard fields), with its shared_link', async () => {
    const res = await sharedItem(offerLetter.url);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ type: 'file', id: offerLetter.itemId, name: 'Offer letter.docx', etag: '0' });
    expect(res.json.shared_link).toMatchObject({
      url: offerLetter.url, access: 'open', effective_access: 'open', is_password_enabled: false,
      vanity_url: null, permissions: { can_download: true, can_preview: true, can_edit: false },
    });
    expect(res.json.shared_link.download_url).toBe(`https://app.box.com/shared/static/${offerLetter.token}.docx`);
    expect(res.json).not.toHaveProperty('permissions'); // File--Full only, as on GET /files/{id}
  });

  it('resolves another user\'s file, honouring fields', async () => {
    const res = await sharedItem(vendorMsa.url, '?fields=name,extension,permissions,owned_by,is_externally_owned');
    expect(res.status).toBe(200);
    expect(Object.keys(res.json).sort()).toEqual(['etag', 'extension', 'id', 'is_externally_owned', 'name', 'owned_by', 'permissions', 'type']);
    expect(res.json).toMatchObject({ type: 'file', id: vendorMsa.itemId, extension: 'pdf', is_externally_owned: true, owned_by: { id: OTHER_USER.id } });
    expect(res.json.permissions).toMatchObject({ can_download: true, can_preview: true, can_delete: false, can_share: false });
  });

  it('resolves a folder link to the folder, without its items', async () => {
    const res = await sharedItem(vendorFolder.url);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ type: 'folder', id: vendorFolder.itemId, name: vendorFolder.name, owned_by: { id: OTHER_USER.id } });
    expect(res.json).not.toHaveProperty('item_collection');
    expect(res.json.shared_link).toMatchObject({ url: vendorFolder.url, download_url: null, vanity_name: 'vendor-onboarding', vanity_url: vendorFolder.vanityUrl });
  });

  it('accepts vanity links, links on any Box web host, and URL-encoded links', async () => {
    for (const link of [
      vendorFolder.vanityUrl, 'https://vendor.app.box.com/v/vendor-onboarding', vendorMsa.vanityUrl,
      `https://app.box.com/s/${vendorMsa.token}`, `https://acme.ent.box.com/s/${vendorMsa.token}/`,
      encodeURIComponent(vendorMsa.url),
    ]) {
      const res = await sharedItem(link);
      expect(res.status, link).toBe(200);
    }
    expect((await sharedItem(vendorFolder.vanityUrl)).json.type).toBe('folder');
    expect((await sharedItem(vendorMsa.vanityUrl)).json.id).toBe(vendorMsa.itemId);
  });

  it('resolves a link whose page has no data like any other', async () => {
    const res = await sharedItem(noPageData.url, '?fields=name');
    expect(res.json).toEqual({ type: 'file', id: noPageData.itemId, etag: '0', name: 'Statement of Work.pdf' });
  });

  it('password: missing or wrong → 403 incorrect_shared_item_password; right → 200', async () => {
    for (const pw of [undefined, 'nope']) {
      const res = await sharedItem(passwordProtected.url, '', pw);
      expect(res.status).toBe(403);
      expect(res.json).toMatchObject({ type: 'error', status: 403, code: 'incorrect_shared_item_password' });
    }
    const ok = await sharedItem(passwordProtected.url, '', 'letmein');
    expect(ok.status).toBe(200);
    expect(ok.json.shared_link.is_password_enabled).toBe(true);
    expect(JSON.stringify(ok.json)).not.toContain('letmein');
  });

  it('unknown links and non-link URLs → 404 not_found', async () => {
    for (const link of [
      'https://app.box.com/s/00000000000000000000000000000000', 'https://app.box.com/v/no-such-name',
      `https://app.box.com/s/${vendorMsa.token}/file/${vendorMsa.itemId}`, `https://example.com/s/${vendorMsa.token}`,
      `https://app.box.com/file/${vendorMsa.itemId}`, 'not a url',
    ]) {
      const res = await sharedItem(link);
      expect(res.status, link).toBe(404);
      expect(res.json).toMatchObject({ type: 'error', status: 404, code: 'not_found' });
    }
  });

  it('missing or empty BoxApi header → 400 bad_request', async () => {
    const none = await api(em, token, 'GET', '/2.0/shared_items');
    expect(none.status).toBe(400);
    expect(none.json).toMatchObject({ type: 'error', status: 400, code: 'bad_request' });
    const empty = await api(em, token, 'GET', '/2.0/shared_items', undefined, { boxapi: 'shared_link_password=x' });
    expect(empty.status).toBe(400);
  });

  it('access: company links only within the owner\'s company, collaborators links only for collaborators', async () => {
    em.addFile({ id: '4000000001', name: 'Internal memo.pdf', ownedByOther: true });
    const company = em.addSharedLink({ type: 'file', id: '4000000001' }, { access: 'company' });
    expect(company.url).toMatch(/^https:\/\/vendor\.app\.box\.com\/s\/[a-z0-9]{32}$/);
    const denied = await sharedItem(company.url);
    expect(denied.status).toBe(404);
    expect(denied.json.context_info.errors[0]).toMatchObject({ name: 'unavailable', message: "Invalid value 'f_4000000001'." });
    em.addFile({ id: '4000000002', name: 'Collab only.pdf', ownedByOther: true });
    const collab = em.addSharedLink({ type: 'file', id: '4000000002' }, { access: 'collaborators' });
    expect((await sharedItem(collab.url)).status).toBe(404);
    // The demo user's own company/collaborators links are theirs to use.
    const own = em.addSharedLink({ type: 'file', id: '1000000005' }, { access: 'collaborators' });
    expect(own.url).toMatch(/^https:\/\/app\.box\.com\/s\/[a-z0-9]{32}$/);
    const mine = await sharedItem(own.url);
    expect(mine.status).toBe(200);
    expect(mine.json.shared_link).toMatchObject({ access: 'collaborators', permissions: { can_download: false } });
  });

  it('If-None-Match with the etag → 304', async () => {
    const res = await api(em, token, 'GET', '/2.0/shared_items', undefined, { ...boxapi(offerLetter.url), 'if-none-match': '0' });
    expect(res.status).toBe(304);
  });

  it('addSharedLink replaces the item\'s link (one per item) and validates its input', async () => {
    em.addFile({ id: '4000000003', name: 'Replace me.pdf', ownedByOther: true });
    const first = em.addSharedLink({ type: 'file', id: '4000000003' });
    const second = em.addSharedLink({ type: 'file', id: '4000000003' }, { password: 'pw' });
    expect(second.token).toBe(first.token);
    expect((await sharedItem(second.url)).status).toBe(403);
    const third = em.addSharedLink({ type: 'file', id: '4000000003' }, { token: 'abcdefghijklmnopqrstuvwxyz012345' });
    expect((await sharedItem(first.url)).status).toBe(404);
    expect((await sharedItem(third.url)).status).toBe(200);
    expect(() => em.addSharedLink({ type: 'file', id: '999' })).toThrow();
    expect(() => em.addSharedLink({ type: 'file', id: '1000000001' }, { token: 'UPPER' })).toThrow();
    expect(() => em.addSharedLink({ type: 'file', id: '1000000001' }, { vanityName: 'vendor-msa' })).toThrow();
    expect(() => em.addSharedLink({ type: 'file', id: '1000000001' }, { vanityName: 'no' })).toThrow();
  });
});

describe('BoxApi on GET /2.0/files/{id} and /2.0/folders/{id}', () => {
  it('another user\'s file is 404 without the link, 200 with it', async () => {
    const without = await api(em, token, 'GET', `/2.0/files/${vendorMsa.itemId}`);
    expect(without.status).toBe(404);
    expect(without.json).toMatchObject({ code: 'not_found' });
    const withLink = await api(em, token, 'GET', `/2.0/files/${vendorMsa.itemId}?fields=name,permissions`, undefined, boxapi(vendorMsa.url));
    expect(withLink.status).toBe(200);
    expect(withLink.json).toMatchObject({ id: vendorMsa.itemId, name: 'Vendor MSA.pdf', permissions: { can_download: true } });
  });

  it('a folder link covers files and folders nested in it, not others', async () => {
    const nested = vendorFolder.files['Onboarding checklist.docx'];
    expect((await api(em, token, 'GET', `/2.0/files/${nested}`)).status).toBe(404);
    const file = await api(em, token, 'GET', `/2.0/files/${nested}?fields=name,is_accessible_via_shared_link,shared_link`, undefined, boxapi(vendorFolder.url));
    expect(file.status).toBe(200);
    expect(file.json).toMatchObject({ name: 'Onboarding checklist.docx', is_accessible_via_shared_link: true, shared_link: null });
    const viaVanity = await api(em, token, 'GET', `/2.0/files/${nested}`, undefined, boxapi(vendorFolder.vanityUrl));
    expect(viaVanity.status).toBe(200);
    const sub = await api(em, token, 'GET', `/2.0/folders/${vendorFolder.folders.Signed}`, undefined, boxapi(vendorFolder.url));
    expect(sub.status).toBe(200);
    expect(sub.json.item_collection.entries.map((e: { id: string }) => e.id)).toEqual([nested]);
    expect((await api(em, token, 'GET', `/2.0/folders/${vendorFolder.itemId}`)).status).toBe(404);
    // The folder's link does not reach the separately shared MSA, nor the MSA's link the folder.
    expect((await api(em, token, 'GET', `/2.0/files/${vendorMsa.itemId}`, undefined, boxapi(vendorFolder.url))).status).toBe(404);
    expect((await api(em, token, 'GET', `/2.0/files/${nested}`, undefined, boxapi(vendorMsa.url))).status).toBe(404);
  });

  it('password-protected links need the password on GET /files too', async () => {
    const id = passwordProtected.itemId;
    expect((await api(em, token, 'GET', `/2.0/files/${id}`, undefined, boxapi(passwordProtected.url))).status).toBe(403);
    expect((await api(em, token, 'GET', `/2.0/files/${id}`, undefined, boxapi(passwordProtected.url, 'letmein'))).status).toBe(200);
  });

  it('the demo user\'s own files answer with or without a header', async () => {
    expect((await api(em, token, 'GET', `/2.0/files/${offerLetter.itemId}`, undefined, boxapi(offerLetter.url))).status).toBe(200);
    const plain = await api(em, token, 'GET', `/2.0/files/${offerLetter.itemId}?fields=shared_link,is_accessible_via_shared_link`);
    expect(plain.json).toMatchObject({ shared_link: { url: offerLetter.url }, is_accessible_via_shared_link: true });
  });

  it('other users\' items stay out of the demo user\'s folders', async () => {
    const root = await api(em, token, 'GET', '/2.0/folders/0');
    const ids = root.json.item_collection.entries.map((e: { id: string }) => e.id);
    expect(ids).not.toContain(vendorFolder.itemId);
    expect(ids).not.toContain(vendorMsa.itemId);
  });

  it('Box Sign refuses another user\'s file with 404, even one shared with the user', async () => {
    const res = await api(em, token, 'POST', '/2.0/sign_requests', signBody({ source_files: [{ type: 'file', id: vendorMsa.itemId }] }));
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ type: 'error', code: 'not_found' });
    const parent = await api(em, token, 'POST', '/2.0/sign_requests', signBody({ parent_folder: { type: 'folder', id: vendorFolder.itemId } }));
    expect(parent.status).toBe(404);
    expect((await api(em, token, 'POST', '/2.0/sign_requests', signBody({ source_files: [{ type: 'file', id: offerLetter.itemId }] }))).status).toBe(201);
  });

  it('ownership follows the folder: a contradicting ownedByOther throws', () => {
    expect(() => em.addFile({ id: '4000000009', name: 'x.pdf', parentFolderId: vendorFolder.itemId, ownedByOther: false })).toThrow();
    expect(() => em.addFile({ id: '4000000009', name: 'x.pdf', parentFolderId: '111111111', ownedByOther: true })).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { SignFormDraft } from '../../ui/sign-form';
import { memoryArea } from '../../shared/storage-area';
import { defaultDraft } from './defaults';
import { createDraftStore } from './draft';

const fallback = defaultDraft(DEFAULT_SETTINGS);
const form: SignFormDraft = {
  signers: [
    { id: 'a', email: 'a@example.com', role: 'signer', order: '1', method: 'sms', phone: '1', addPassword: true },
    { id: 'b', email: 'b@example.com', role: 'approver', order: '2', method: 'password', phone: '', addPassword: false },
  ],
  templateId: null,
  templateFiles: false,
  options: { ...fallback.options, ordered: true, folder: '123', emailSubject: 'Hi', daysValid: '30', reminders: true, signatureColor: 'red', name: 'N' },
};
const files = { ticked: ['1000000001'], pageChoice: ['1000000001'] };

describe('draft store', () => {
  it('keeps two empty areas apart (the empty default is not shared between reads)', async () => {
    await createDraftStore(memoryArea()).save('page:a', form, files);
    expect(await createDraftStore(memoryArea()).load('page:a', fallback)).toBeNull();
  });

  it('stores every signer and option, and no password, whatever else the objects carry', async () => {
    const area = memoryArea();
    const withPasswords = {
      ...form,
      password: 'never-stored-1',
      signers: form.signers.map((s) => ({ ...s, password: 'never-stored-2' })),
    } as SignFormDraft;
    await createDraftStore(area).save('page:a', withPasswords, files);
    expect(JSON.stringify(area.dump())).not.toContain('never-stored');
    expect(await createDraftStore(area).load('page:a', fallback)).toEqual({ form, files });
  });

  it('reads a draft from the one-signer form as its first signer', async () => {
    const area = memoryArea({ draft: { 'page:a': { email: 'old@example.com', method: 'password', phone: '2', requiredToView: false } } });
    const loaded = await createDraftStore(area).load('page:a', fallback);
    expect(loaded?.form.signers).toEqual([{ ...fallback.signers[0], email: 'old@example.com', method: 'password', phone: '2' }]);
    expect(loaded?.form.options).toEqual({ ...fallback.options, requirePhoneToView: false });
    expect(loaded?.files).toBeNull();
  });

  it('repairs bad fields and ignores bad file ids instead of failing', async () => {
    const area = memoryArea({
      draft: {
        'page:a': { signers: [{ id: 'x', email: 5, role: 'boss', method: 'fax' }, 'junk'], options: { daysValid: 7, reminders: 'yes' }, fileIds: ['x'], pageFileIds: [] },
        'page:b': 'junk',
      },
    });
    const store = createDraftStore(area);
    expect(await store.load('page:a', fallback)).toEqual({
      form: {
        signers: [{ id: 'x', email: '', role: 'signer', order: '', method: 'sms', phone: '', addPassword: false }],
        templateId: null,
        templateFiles: false,
        options: { ...fallback.options, daysValid: '' },
      },
      files: null,
    });
    expect(await store.load('page:b', fallback)).toBeNull();
  });

  it('keeps the 20 newest pages: the 21st drops the oldest, and saving a page again makes it the newest', async () => {
    const area = memoryArea();
    const store = createDraftStore(area);
    for (let page = 1; page <= 20; page++) await store.save(`page:${page}`, form, files);
    const pages = () => Object.keys((area.dump()['draft'] ?? {}) as Record<string, unknown>);
    expect(pages()).toHaveLength(20);
    await store.save('page:1', form, files); // page 1 is now the newest, page 2 the oldest
    await store.save('page:21', form, files);
    expect(pages()).toHaveLength(20);
    expect(pages()).not.toContain('page:2');
    expect(pages()).toEqual(expect.arrayContaining(['page:1', 'page:3', 'page:20', 'page:21']));
    expect(await store.load('page:2', fallback)).toBeNull();
    expect(await store.load('page:1', fallback)).toEqual({ form, files });
  });

  describe('old and partial drafts', () => {
    const load = (stored: unknown, from = fallback) => createDraftStore(memoryArea({ draft: { 'page:a': stored } })).load('page:a', from);

    it('starts from the fresh form when a draft has no signers (neither list nor one-signer fields)', async () => {
      const loaded = await load({ templateId: '42' });
      expect(loaded?.form.signers).toEqual(fallback.signers);
      expect(loaded?.form.templateId).toBe('42');
      expect((await load({ signers: [] }))?.form.signers).toEqual(fallback.signers);
    });

    it('keeps the signers list when a draft also carries the one-signer fields', async () => {
      const loaded = await load({ ...toStoredForm(), email: 'old@example.com', method: 'password', requiredToView: false });
      expect(loaded?.form.signers).toEqual(form.signers);
      expect(loaded?.form.options.requirePhoneToView).toBe(form.options.requirePhoneToView);
    });

    it('fills what a one-signer draft lacks from the fresh form, and reads its SMS method', async () => {
      const passwordFirst = { ...fallback, signers: [{ ...fallback.signers[0]!, method: 'password' as const, phone: '' }] };
      const bare = await load({ email: 'old@example.com' }, passwordFirst);
      expect(bare?.form.signers).toEqual([{ ...passwordFirst.signers[0], email: 'old@example.com', phone: '' }]);
      expect(bare?.form.options).toEqual(fallback.options);
      const sms = await load({ email: 'old@example.com', method: 'sms', phone: '5' }, passwordFirst);
      expect(sms?.form.signers[0]).toMatchObject({ method: 'sms', phone: '5' });
    });

    it('gives a signer with a missing or empty id a fresh one', async () => {
      const loaded = await load({ signers: [{ email: 'a@example.com' }, { id: '', email: 'b@example.com' }] });
      const ids = loaded?.form.signers.map((s) => s.id) ?? [];
      expect(ids).toHaveLength(2);
      for (const id of ids) expect(id).toMatch(/^s[a-z0-9]+$/);
      expect(ids[0]).not.toBe(ids[1]);
    });
  });
});

/** `form` as the store writes it (signers list, options, file ids). */
function toStoredForm() {
  return { signers: form.signers, templateId: form.templateId, templateFiles: form.templateFiles, options: form.options, fileIds: files.ticked, pageFileIds: files.pageChoice };
}


import { describe, expect, it } from 'vitest';
import { memoryArea } from '../shared/storage-area';
import { createDraftStore } from './draft';

const form = { email: 'a@example.com', method: 'sms' as const, phone: '1', requiredToView: true };
const files = { ticked: ['1000000001'], pageChoice: ['1000000001'] };

describe('draft store', () => {
  it('keeps two empty areas apart (the empty default is not shared between reads)', async () => {
    await createDraftStore(memoryArea()).save('page:a', form, files);
    expect(await createDraftStore(memoryArea()).load('page:a')).toBeNull();
  });

  it('stores only the form fields and file ids, whatever else the object carries', async () => {
    const area = memoryArea();
    const withPassword = { ...form, password: 'never-stored' } as typeof form;
    await createDraftStore(area).save('page:a', withPassword, files);
    expect(JSON.stringify(area.dump())).not.toContain('never-stored');
    expect(await createDraftStore(area).load('page:a')).toEqual({ form, files });
  });

  it('repairs bad fields and ignores bad file ids instead of failing', async () => {
    const area = memoryArea({ draft: { 'page:a': { email: 5, method: 'fax', fileIds: ['x'], pageFileIds: [] }, 'page:b': 'junk' } });
    const store = createDraftStore(area);
    expect(await store.load('page:a')).toEqual({ form: { email: '', method: 'sms', phone: '', requiredToView: true }, files: null });
    expect(await store.load('page:b')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { FILE_ID, FOLDER_ID, ITEM_ID_PATTERN, SIGN_ID, isFileId, isFolderId } from './box-ids';

describe('Box IDs', () => {
  it('files: decimal, no leading zero, up to 20 digits (beyond 2^53, so strings)', () => {
    for (const id of ['1', '12345', '9'.repeat(20), '18446744073709551615']) expect(isFileId(id), id).toBe(true);
    for (const id of ['0', '0123', '1'.repeat(21), '', ' 1', '1e5', '-1', 'f_1']) expect(isFileId(id), id).toBe(false);
    expect(isFileId(12345)).toBe(false);
    expect(isFileId(null)).toBe(false);
  });

  it('folders: the same, and the root, 0', () => {
    for (const id of ['0', '1', '9'.repeat(20)]) expect(isFolderId(id), id).toBe(true);
    for (const id of ['00', '0123', '1'.repeat(21), '', undefined]) expect(isFolderId(id), String(id)).toBe(false);
  });

  it('sign request and template IDs: UUID-like, nothing that could leave a Box path', () => {
    expect(SIGN_ID.test('22a990ce-4e24-463b-b2f4-124820fe161a')).toBe(true);
    for (const id of ['', 'a/b', '../x', 'a?b', 'x'.repeat(101)]) expect(SIGN_ID.test(id), id).toBe(false);
  });

  it('the regexes and the unanchored pattern agree', () => {
    expect(FILE_ID.source).toBe(`^${ITEM_ID_PATTERN}$`);
    expect(FOLDER_ID.test('0')).toBe(true);
  });
});

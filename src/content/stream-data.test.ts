import { describe, expect, it } from 'vitest';
import { objectLiteralAfter, readStreamData } from './stream-data';

const script = (data: unknown, before = 'var Box = Box || {};\n') =>
  `${before}Box.postStreamData = ${JSON.stringify(data)};\nBox.other = {"x": 1};`;

describe('readStreamData', () => {
  it('reads a shared file, keeping IDs as strings', () => {
    const data = readStreamData([
      'Box.config = {"requestToken":"t"};',
      script({
        '/app-api/enduserapp/shared-item': { itemType: 'file', itemID: 510727257538, sharedName: 'abc' },
        '/app-api/enduserapp/item/f_510727257538': { name: 'A.pdf' },
      }),
    ]);
    expect(data).toEqual({
      sharedItem: { type: 'file', id: '510727257538', sharedName: 'abc' },
      folder: null,
      files: [{ type: 'file', id: '510727257538', name: 'A.pdf' }],
    });
  });

  it('reads a shared folder with typed IDs, string or number item IDs, and skips junk items', () => {
    const data = readStreamData([
      script({
        '/app-api/enduserapp/shared-item': { itemType: 'folder', itemID: '36938765345' },
        '/app-api/enduserapp/shared-folder': {
          currentFolderID: 36938765345,
          currentFolderName: 'Data',
          items: [
            { typedID: 'd_1', type: 'folder', name: 'sub' },
            { typedID: 'f_2', name: 'two.pdf' },
            { type: 'file', itemID: '3', name: 'three.pdf' },
            { type: 'file', itemID: 2 ** 60, name: 'imprecise number: refused' },
            { type: 'box_note', itemID: 4 },
            'not an object',
          ],
        },
      }),
    ]);
    expect(data?.folder).toEqual({
      id: '36938765345',
      name: 'Data',
      items: [
        { type: 'folder', id: '1', name: 'sub' },
        { type: 'file', id: '2', name: 'two.pdf' },
        { type: 'file', id: '3', name: 'three.pdf' },
      ],
    });
    expect(data?.sharedItem).toEqual({ type: 'folder', id: '36938765345', sharedName: null });
  });

  it('returns null without the marker, or when the literal is not JSON', () => {
    expect(readStreamData(['Box.config = {};', ''])).toBeNull();
    expect(readStreamData(['Box.postStreamData = {a: 1};'])).toBeNull();
    expect(readStreamData(['Box.postStreamData = {"a": '])).toBeNull();
    expect(readStreamData(['Box.postStreamData.x = 1;'])).toBeNull();
  });

  it('ignores a wrongly shaped shared item', () => {
    const data = readStreamData([script({ '/app-api/enduserapp/shared-item': { itemType: 'file', itemID: 'x1' } })]);
    expect(data).toEqual({ sharedItem: null, folder: null, files: [] });
  });
});

describe('objectLiteralAfter', () => {
  it('skips braces and escaped quotes inside strings', () => {
    const text = 'X = {"a":"}{\\"}","b":{"c":\'}\'}} ; rest}';
    expect(objectLiteralAfter(text, 1)).toBe('{"a":"}{\\"}","b":{"c":\'}\'}}');
  });
});

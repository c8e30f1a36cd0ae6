import { describe, expect, it } from 'vitest';
import { isSignableType } from './signable-types';

describe('isSignableType', () => {
  it.each(['pdf', 'DOCX', 'pptx', 'png', 'jpeg', 'tiff', 'csv', 'txt', 'xlsx'])('takes .%s', (ext) => expect(isSignableType(ext)).toBe(true));
  it.each(['zip', 'exe', 'mp4', 'boxnote', ''])('warns about .%s', (ext) => expect(isSignableType(ext)).toBe(false));
});

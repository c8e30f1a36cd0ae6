import { describe, expect, it } from 'vitest';
import { bulkPageUrl, launchFromUrl } from './bulk-launch';

describe('launchFromUrl', () => {
  it.each<[string, object]>([
    ['?files=123,456', { fileIds: ['123', '456'], templateId: null }],
    ['?files=123,abc,,123', { fileIds: ['123'], templateId: null }],
    ['?template=f2ec720d-47a6-4052-8210-9bfa8d6c349c', { fileIds: [], templateId: 'f2ec720d-47a6-4052-8210-9bfa8d6c349c' }],
    ['?template=<script>', { fileIds: [], templateId: null }],
    ['', { fileIds: [], templateId: null }],
  ])('%s', (search, expected) => {
    expect(launchFromUrl(search)).toEqual(expected);
  });

  it('reads back what bulkPageUrl writes', () => {
    const url = bulkPageUrl('chrome-extension://x/', { fileIds: ['1', '2'], templateId: null });
    expect(url).toBe('chrome-extension://x/src/bulk/index.html?files=1%2C2');
    expect(launchFromUrl(new URL(url).search)).toEqual({ fileIds: ['1', '2'], templateId: null });
  });
});

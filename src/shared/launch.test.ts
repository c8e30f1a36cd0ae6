import { describe, expect, it } from 'vitest';
import { LAUNCH_TTL_MS, putLaunch, takeLaunch } from './launch';
import { memoryArea } from './storage-area';

const files = { files: [{ id: '42', name: null, source: 'selected' as const }], pageUrl: 'https://app.box.com/folder/1' };

describe('launch note', () => {
  it('is taken once', async () => {
    const area = memoryArea();
    await putLaunch(area, files, 1000);
    expect(await takeLaunch(area, 2000)).toEqual(files);
    expect(await takeLaunch(area, 2000)).toBeNull();
  });

  it('expires, and a stale or malformed note is dropped', async () => {
    const area = memoryArea();
    await putLaunch(area, files, 1000);
    expect(await takeLaunch(area, 1000 + LAUNCH_TTL_MS + 1)).toBeNull();
    expect(area.dump()).toEqual({});
    await area.set({ 'ui.launch': { pageFiles: { files: [{ id: 'x' }] }, createdAt: 1 } });
    expect(await takeLaunch(area, 2)).toBeNull();
  });

  it('clears an earlier note when the UI should ask the page', async () => {
    const area = memoryArea();
    await putLaunch(area, files, 1000);
    await putLaunch(area, null, 1001);
    expect(await takeLaunch(area, 1002)).toBeNull();
  });
});

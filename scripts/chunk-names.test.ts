import { describe, expect, it } from 'vitest';
import { chunkName, type ChunkInfo } from './chunk-names';

const nm = (path: string) => `/repo/node_modules/${path}`;
const chunk = (over: Partial<ChunkInfo>): ChunkInfo => ({ name: 'first-module', isEntry: false, isDynamicEntry: false, moduleIds: [], ...over });

describe('chunkName', () => {
  it('names a shared chunk after the packages in it, and says when our code rides along', () => {
    expect(chunkName(chunk({ name: 'browser-polyfill', moduleIds: [nm('webextension-polyfill/dist/browser-polyfill.js')] }))).toBe('webextension-polyfill');
    const zod = ['core/util.js', 'core/core.js', 'mini/schemas.js'].map((f) => nm(`zod/v4/${f}`));
    expect(chunkName(chunk({ name: 'box-urls', moduleIds: ['/repo/src/shared/box-urls.ts', ...zod, '/repo/src/shared/messages.ts'] }))).toBe('zod-shared');
  });

  it('puts the package with most modules first, and flattens scoped names', () => {
    const ids = [nm('preact/dist/preact.mjs'), nm('preact/hooks/dist/hooks.mjs'), nm('@scope/lib/index.js'), '/repo/src/ui/errors.ts'];
    expect(chunkName(chunk({ name: 'sign-form', moduleIds: ids }))).toBe('preact-scope-lib-shared');
  });

  it("keeps Vite's name for entries, chunks loaded on demand, ours alone, and the bundler's own modules", () => {
    expect(chunkName(chunk({ name: 'index.ts', isEntry: true, moduleIds: [nm('zod/v4/core/core.js')] }))).toBe('index.ts');
    expect(chunkName(chunk({ name: 'phone', isDynamicEntry: true, moduleIds: [nm('libphonenumber-js/es6/x.js')] }))).toBe('phone');
    expect(chunkName(chunk({ name: 'settings', moduleIds: ['/repo/src/shared/settings.ts'] }))).toBe('settings');
    expect(chunkName(chunk({ name: 'x', moduleIds: ['\0rolldown/runtime.js', nm('zod/v4/core/core.js')] }))).toBe('zod');
  });
});

import { describe, expect, it } from 'vitest';
import { entryFiles, entrySize, everything, htmlReferences, jsReferences, reachableFiles, resolveReference } from './chunk-graph';

describe('entryFiles', () => {
  it('reads the four entries of a built MV3 manifest', () => {
    expect(
      entryFiles({
        background: { service_worker: 'service-worker-loader.js' },
        action: { default_popup: 'src/popup/index.html' },
        options_ui: { page: 'src/options/index.html' },
        content_scripts: [{ js: ['assets/a-loader.js'] }, { js: ['assets/a-loader.js', 'assets/b.js'], css: ['assets/c.css'] }],
      }),
    ).toEqual({
      background: ['service-worker-loader.js'],
      popup: ['src/popup/index.html'],
      options: ['src/options/index.html'],
      content: ['assets/a-loader.js', 'assets/b.js', 'assets/c.css'],
    });
  });

  it('falls back to background.scripts (Firefox) and options_page, and copes with missing entries', () => {
    expect(entryFiles({ background: { scripts: ['bg.js'] }, options_page: 'o.html' })).toEqual({ background: ['bg.js'], popup: [], options: ['o.html'], content: [] });
  });
});

describe('htmlReferences', () => {
  it('takes module scripts, modulepreloads and stylesheets, not icons or inline scripts', () => {
    const html = `<script type="module" crossorigin src="/assets/index.html-B.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/shared.js">
      <link rel='stylesheet' href='./popup.css'>
      <link rel="icon" href="/icons/icon-16.png">
      <script>console.log("inline")</script>`;
    expect(htmlReferences(html)).toEqual(['/assets/index.html-B.js', '/assets/shared.js', './popup.css']);
  });
});

describe('jsReferences', () => {
  const specs = (code: string) => jsReferences(code).map((r) => r.spec);

  it('finds minified static, bare, re-export and dynamic imports; only the dynamic one is lazy', () => {
    const code = `import{a as b}from"./platform-X.js";import"./side.js";export{c}from'./c.js';const m=()=>import("./lazy-Y.js");`;
    expect(jsReferences(code)).toEqual([
      { spec: './platform-X.js', lazy: false, from: 'chunk' },
      { spec: './side.js', lazy: false, from: 'chunk' },
      { spec: './c.js', lazy: false, from: 'chunk' },
      { spec: './lazy-Y.js', lazy: true, from: 'chunk' },
    ]);
  });

  it("finds crxjs's content-script loader import through runtime.getURL, which runs at once (not lazy)", () => {
    const loader = `const { onExecute } = await import(\n /* @vite-ignore */\n chrome.runtime.getURL("assets/src-content-index.ts-D.js")\n);`;
    expect(jsReferences(loader)).toEqual([{ spec: 'assets/src-content-index.ts-D.js', lazy: false, from: 'root' }]);
  });

  it("takes the files Vite's preload helper fetches with a dynamic import as lazy, root-relative", () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/phone-A.js","assets/metadata-B.js","assets/phone-C.css"])))=>i.map(i=>d[i]);' +
      'import{x}from"./shared-S.js";function load(){return Ye(()=>import(`./phone-A.js`),__vite__mapDeps([0,1,2]))}';
    expect(jsReferences(code)).toEqual([
      { spec: './shared-S.js', lazy: false, from: 'chunk' },
      { spec: './phone-A.js', lazy: true, from: 'chunk' },
      { spec: 'assets/phone-A.js', lazy: true, from: 'root' },
      { spec: 'assets/metadata-B.js', lazy: true, from: 'root' },
      { spec: 'assets/phone-C.css', lazy: true, from: 'root' },
    ]);
  });

  it('counts a module imported both ways once, as loaded at start', () => {
    expect(jsReferences(`const l=()=>import("./a.js");import{b}from"./a.js";`)).toEqual([{ spec: './a.js', lazy: false, from: 'chunk' }]);
  });

  it('ignores look-alikes: package names, URLs, strings that are not modules', () => {
    const code = `import{h}from"preact";fetch("https://x.test/a.js");const s="copied from"+"x";import("https://cdn.test/m.js")`;
    expect(specs(code)).toEqual([]);
  });
});

describe('resolveReference', () => {
  it('resolves root-relative, file-relative and getURL paths', () => {
    expect(resolveReference('src/popup/index.html', '/assets/a.js', 'html')).toBe('assets/a.js');
    expect(resolveReference('src/popup/index.html', './popup.css', 'html')).toBe('src/popup/popup.css');
    expect(resolveReference('assets/a.js', './b.js', 'js')).toBe('assets/b.js');
    expect(resolveReference('service-worker-loader.js', './assets/c.js', 'js')).toBe('assets/c.js');
    expect(resolveReference('assets/loader.js', 'assets/d.js', 'getURL')).toBe('assets/d.js');
  });
});

describe('reachableFiles', () => {
  const files: Record<string, string> = {
    'service-worker-loader.js': `import './assets/bg.js';`,
    'assets/bg.js': `import{a}from"./shared.js";import{b}from"./polyfill.js";`,
    'assets/shared.js': `import{b}from"./polyfill.js";`,
    'assets/polyfill.js': `export const b=1;`,
    'assets/loader.js': `import(chrome.runtime.getURL("assets/content.js"))`,
    'assets/content.js': `import{b}from"./polyfill.js";import"./gone.js";`,
    'src/popup/index.html': `<script type="module" src="/assets/popup.js"></script><link rel="modulepreload" href="/assets/shared.js"><link rel="stylesheet" href="/assets/p.css">`,
    'assets/popup.js': `import{a}from"./shared.js";const phone=()=>import("./phone.js");const again=()=>import("./shared.js");`,
    'assets/p.css': `body{}`,
    'assets/phone.js': `import{b}from"./polyfill.js";import{m}from"./metadata.js";const more=()=>import("./more.js");`,
    'assets/metadata.js': `export const m=1;`,
    'assets/more.js': `export const x=1;`,
  };
  const read = (f: string) => files[f] ?? null;

  it('follows imports once each, through shared chunks', () => {
    expect(reachableFiles(['service-worker-loader.js'], read)).toEqual({
      files: ['service-worker-loader.js', 'assets/bg.js', 'assets/shared.js', 'assets/polyfill.js'],
      lazy: [],
      missing: [],
    });
  });

  it('follows HTML scripts, preloads and stylesheets; dynamic imports apart, minus what loads at start anyway', () => {
    expect(reachableFiles(['src/popup/index.html'], read)).toEqual({
      files: ['src/popup/index.html', 'assets/popup.js', 'assets/shared.js', 'assets/p.css', 'assets/polyfill.js'],
      lazy: ['assets/phone.js', 'assets/metadata.js', 'assets/more.js'],
      missing: [],
    });
  });

  it('follows the getURL loader and reports files that are not there', () => {
    expect(reachableFiles(['assets/loader.js'], read)).toEqual({ files: ['assets/loader.js', 'assets/content.js', 'assets/polyfill.js'], lazy: [], missing: ['assets/gone.js'] });
  });
});

describe('entrySize', () => {
  it('sums the files loaded at start, all and JavaScript alone, and the lazy ones apart', () => {
    const size = entrySize(
      'popup',
      [
        { file: 'src/popup/index.html', bytes: 800, gzip: 300 },
        { file: 'assets/a.js', bytes: 1000, gzip: 400 },
        { file: 'assets/b.css', bytes: 200, gzip: 100 },
      ],
      [{ file: 'assets/lazy.js', bytes: 5000, gzip: 2000 }],
    );
    expect(size).toMatchObject({ bytes: 2000, gzip: 800, jsBytes: 1000, jsGzip: 400 });
    expect(size.lazy).toMatchObject({ bytes: 5000, gzip: 2000, jsBytes: 5000, jsGzip: 2000 });
    expect(everything(size)).toEqual({ bytes: 7000, gzip: 2800, jsBytes: 6000, jsGzip: 2400 });
  });
});

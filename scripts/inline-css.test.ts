import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from './inline-css';

const sheets: Record<string, string> = { '/assets/theme.css': ':root{--bg:#fff}\n', '/assets/popup.css': 'body{width:360px}' };
const read = (href: string) => sheets[href];

describe('inlineStylesheets', () => {
  it('replaces each linked style sheet by its text, in place and in order', () => {
    const html = `<head><script type="module" crossorigin src="/assets/a.js"></script>
<link rel="modulepreload" crossorigin href="/assets/b.js">
<link rel="stylesheet" crossorigin href="/assets/theme.css">
<link rel="stylesheet" crossorigin href="/assets/popup.css"></head>`;
    expect(inlineStylesheets(html, read)).toBe(`<head><script type="module" crossorigin src="/assets/a.js"></script>
<link rel="modulepreload" crossorigin href="/assets/b.js">
<style>:root{--bg:#fff}</style>
<style>body{width:360px}</style></head>`);
  });

  it('leaves what it does not know, other links, and media-specific sheets alone', () => {
    const html = `<link rel="icon" href="/assets/theme.css"><link rel="stylesheet" href="/other.css"><link rel="stylesheet" media="print" href="/assets/popup.css">`;
    expect(inlineStylesheets(html, read)).toBe(html);
  });

  it('refuses a sheet that would end the <style> early or loses its base for url()', () => {
    expect(() => inlineStylesheets('<link rel="stylesheet" href="/x.css">', () => 'a{content:"</style>"}')).toThrow(/<\/style/);
    expect(() => inlineStylesheets('<link rel="stylesheet" href="/x.css">', () => 'a{background:url(img.png)}')).toThrow(/relative url/);
    expect(inlineStylesheets('<link rel="stylesheet" href="/x.css">', () => 'a{background:url(/img.png)}')).toBe('<style>a{background:url(/img.png)}</style>');
  });
});

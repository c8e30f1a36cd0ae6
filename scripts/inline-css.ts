// Vite plugin: the style sheets a page links are put into its HTML as <style> elements. Every file a
// page links is one more request to the extension before its scripts can run: for the popup,
// measured in headless Chromium, each costs about 2 ms before DOMContentLoaded. Extension pages
// may have inline styles (the manifest's CSP restricts scripts, not styles). The files stay in the
// build for pages that still link them.
import type { Plugin } from 'vite';

/** `html` with each `<link rel="stylesheet" href>` that `read` knows replaced by the style sheet itself. */
export function inlineStylesheets(html: string, read: (href: string) => string | undefined): string {
  return html.replace(/<link\b[^>]*>/gi, (tag) => {
    const rel = /\brel\s*=\s*(["'])([^"']*)\1/i.exec(tag)?.[2]?.toLowerCase().split(/\s+/) ?? [];
    const href = /\bhref\s*=\s*(["'])([^"']*)\1/i.exec(tag)?.[2];
    if (!rel.includes('stylesheet') || href === undefined || /\bmedia\s*=/i.test(tag)) return tag;
    const css = read(href);
    if (css === undefined) return tag;
    if (/<\/style/i.test(css)) throw new Error(`${href} cannot be inlined: it contains "</style"`);
    if (/url\(\s*["']?(?![a-z]+:|\/|#)/i.test(css)) throw new Error(`${href} cannot be inlined: it has a relative url()`);
    return `<style>${css.trim()}</style>`;
  });
}

/** Inlines the style sheets of the given pages (paths from the project root, e.g. `src/popup/index.html`). */
export function inlineCssPlugin(pages: readonly string[]): Plugin {
  return {
    name: 'secure-sign:inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle || !pages.includes(ctx.path.replace(/^\//, ''))) return html;
        return inlineStylesheets(html, (href) => {
          const asset = bundle[href.replace(/^\//, '')];
          if (asset?.type !== 'asset') return undefined;
          return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        });
      },
    },
  };
}

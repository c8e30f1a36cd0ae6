// Test helper: opens a Box fixture page (test/fixtures/box/*.html) in its own happy-dom window,
// at the URL written in the fixture's header comment. Page scripts never run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { PageWindow } from './page-signals';

const DIR = resolve(import.meta.dirname, '../../test/fixtures/box');

type TestWindow = PageWindow & { history: History; Event: typeof Event; dispatchEvent(event: Event): boolean };

export interface FixturePage {
  win: TestWindow;
  doc: Document;
  url: string;
  /** Waits until queued mutation observer callbacks have run. */
  settle(): Promise<void>;
  /** Same-document navigation, as Box does it (history.pushState). */
  push(path: string): void;
  close(): Promise<void>;
}

function fixtureHtml(name: string): { html: string; url: string } {
  const html = readFileSync(resolve(DIR, name), 'utf8');
  const url = /^\s*URL: (\S+)$/m.exec(html)?.[1];
  if (!url) throw new Error(`${name} has no "URL:" line in its header comment`);
  return { html, url };
}

export function openFixture(name: string): FixturePage {
  const { html, url } = fixtureHtml(name);
  return openHtml(html, url);
}

export function openHtml(html: string, url: string): FixturePage {
  const hd = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  hd.document.write(html);
  const win = hd as unknown as TestWindow;
  return {
    win,
    doc: win.document,
    url,
    settle: () => new Promise((done) => setTimeout(done, 0)),
    push: (path) => win.history.pushState({}, '', path),
    close: () => hd.happyDOM.close(),
  };
}

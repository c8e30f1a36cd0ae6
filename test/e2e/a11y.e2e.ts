// Accessibility of the built extension in headless Chromium: axe-core (WCAG 2.x A/AA and best
// practices, colour contrast included) finds no violation on the popup and the options page in each
// state a user meets, in the light and the dark colour scheme; and the keyboard focus is visible.
//
// axe is injected with page.evaluate (a DevTools evaluation, which the extension pages' CSP does not
// apply to; a <script> tag would be refused), and runs on the page as the browser rendered it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { connectWithDeveloperToken, launch, openSendingWindow, type Harness, openSendingUiOnFile } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;
/**
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices (landmarks, heading order…);
 * plus "label in name" (2.5.3), still marked experimental in axe, because some buttons here are named
 * by aria-label ("Remove signer 2" for a visible "Remove").
 */
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { 'label-content-name-mismatch': { enabled: true } },
  resultTypes: ['violations'],
};

function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/** Runs axe on the page in both colour schemes; fails listing every violation with where it is. */
async function expectNoViolations(page: Page, state: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const report: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const results = (await page.evaluate(
      (options) => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, options),
      AXE_OPTIONS,
    )) as AxeResults;
    if (results.violations.length > 0) report.push(`${state}, ${colorScheme}:\n${describeViolations(results.violations)}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  expect(report.join('\n'), `axe violations`).toBe('');
}

/** WCAG relative luminance contrast of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * Tabs through the page from the top and checks that every focused control shows a focus ring: an
 * outline at least 2px wide with 3:1 contrast against the page (WCAG 1.4.11, non-text contrast).
 */
async function expectVisibleFocus(page: Page, stops: number): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    // Start from the top: focusing the body moves the browser's sequential-navigation starting point there.
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    const seen: string[] = [];
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`,
          outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0,
          colour: style.outlineColor,
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
      if (!focus) break;
      seen.push(focus.what);
      expect(focus.outline, `${colorScheme}: focus ring on ${focus.what}`).toBeGreaterThanOrEqual(2);
      expect(contrast(focus.colour, focus.background), `${colorScheme}: focus ring contrast on ${focus.what}`).toBeGreaterThanOrEqual(3);
    }
    expect(seen.length, `${colorScheme}: controls reached with Tab`).toBeGreaterThan(2);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openOptions(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.url('src/options/index.html'));
  return page;
}

describe('accessibility (axe-core, light and dark)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => h?.close());

  it('the options page, not connected', async () => {
    const page = await openOptions(h);
    await page.getByRole('heading', { name: 'Connect with your Box app' }).waitFor();
    await page.getByRole('heading', { name: 'Defaults for new requests' }).waitFor();
    await expectNoViolations(page, 'options, not connected');
    await expectVisibleFocus(page, 12);
    // A missing value shows its message beside the field.
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByText('Enter the client ID from your Box app.').waitFor();
    await expectNoViolations(page, 'options, not connected, with errors');
    await page.close();
  });

  it('the popup, not connected', async () => {
    const ui = await openSendingWindow(h);
    await ui.getByRole('heading', { name: 'Connect your Box account' }).waitFor();
    await expectNoViolations(ui, 'popup, not connected');
    await ui.close();
  });

  it('the options page, connected', async () => {
    await connectWithDeveloperToken(h);
    const page = await openOptions(h);
    await page.getByText(/Ada Lovelace/).first().waitFor();
    await page.getByRole('heading', { name: 'Defaults for new requests' }).waitFor();
    await expectNoViolations(page, 'options, connected');
    await expectVisibleFocus(page, 10);
    await page.close();
  });

  it('the popup, connected, with no Box file in the tab', async () => {
    const blank = await h.context.newPage();
    await blank.goto('about:blank');
    await blank.bringToFront();
    const ui = await openSendingWindow(h);
    await ui.getByRole('heading', { name: 'Open a Box file first' }).waitFor();
    await expectNoViolations(ui, 'popup, no file');
    await ui.close();
    await blank.close();
  });

  it('the popup on a Box file page: the form, a validation error, Options open', async () => {
    const ui = await openSendingUiOnFile(h);
    await expectNoViolations(ui, 'popup, file page');
    await expectVisibleFocus(ui, 12);

    await ui.getByRole('button', { name: 'Send for signature' }).click();
    await ui.getByText("Enter the signer's email address, like name@company.com.").waitFor();
    await expectNoViolations(ui, 'popup, validation error');

    // Two signers in order, the second with a password: numbered fieldsets, Remove and Show buttons.
    await ui.getByRole('button', { name: 'Add signer' }).click();
    await ui.getByRole('checkbox', { name: 'Sign in order' }).check();
    await ui.getByRole('radio', { name: 'Password' }).nth(1).check();
    await ui.locator('#signer-2-password').fill('x');
    await ui.getByRole('button', { name: 'Send for signature' }).click();
    await ui.getByText("Enter the signer's email address, like name@company.com.").first().waitFor();
    await expectNoViolations(ui, 'popup, two signers, validation errors');
    await ui.getByRole('button', { name: 'Remove signer 2' }).click();

    await ui.getByText('Options', { exact: true }).click();
    await ui.getByLabel('Box Sign template').waitFor();
    await ui.locator('#option-template:enabled').waitFor(); // the templates are loaded
    await ui.getByLabel('Folder for the signed copy').waitFor();
    await expectNoViolations(ui, 'popup, options open');
    await ui.close();
  });

  it('the popup after sending, and the Sent view', async () => {
    const ui = await openSendingUiOnFile(h);
    await ui.getByLabel('Signer email').fill('signer@example.org');
    await ui.getByRole('radio', { name: 'Password' }).check();
    await ui.locator('input[type=password]').fill('Tr0ub4dor&3-a11y');
    await ui.getByRole('button', { name: 'Send for signature' }).click();
    await ui.getByRole('heading', { name: 'Request created' }).waitFor();
    await expectNoViolations(ui, 'popup, request created');

    await ui.getByRole('tab', { name: 'Sent' }).click();
    await ui.getByRole('heading', { name: 'Sent from this browser' }).waitFor();
    await ui.locator('.sent-item').first().waitFor();
    await ui.getByRole('button', { name: 'Refresh' }).and(ui.locator(':enabled')).waitFor();
    await expectNoViolations(ui, 'popup, Sent view');

    await ui.getByRole('button', { name: 'Cancel…' }).click();
    await ui.getByRole('group', { name: 'Cancel this request' }).waitFor();
    await expectNoViolations(ui, 'popup, Sent view, confirming a cancel');
    await ui.close();
  });
});

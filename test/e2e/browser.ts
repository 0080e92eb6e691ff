import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';

export { launchChromium as launchBrowser } from '../../scripts/chromium';

export interface WatchedPage {
  readonly page: Page;
  /** Console errors, page errors and requests that left the app's origin. */
  readonly problems: string[];
}

export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on(
    'request',
    (r) =>
      !r.url().startsWith(origin) &&
      !r.url().startsWith('data:') &&
      // In-memory, of this page (a workbook's zip is compressed in a worker made from a blob).
      !r.url().startsWith(`blob:${origin}/`) &&
      problems.push(`left the origin: ${r.url()}`),
  );
  return { page, problems };
}

/**
 * Waits until the app has taken over the page. The first view is prerendered, so its controls
 * are on screen before the scripts that make them work.
 */
export async function appReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/**
 * Opens every <details> (table twins and caveat lists) and waits until each chart frame has
 * drawn its table: a closed twin is rendered only once opened.
 */
export async function openEveryTableTwin(page: Page): Promise<number> {
  const frames = await page.locator('.chart-frame').count();
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await expect
    .poll(() => page.locator('.chart-frame table').count())
    .toBeGreaterThanOrEqual(frames);
  return frames;
}

/** Runs axe-core with the WCAG 2.2 A and AA rules; the context must bypass CSP to inject it. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

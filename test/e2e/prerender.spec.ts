import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appReady, launchBrowser, openPage } from './browser';

const baseUrl = inject('baseUrl');
const updatedBaseUrl = inject('updatedBaseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Counts the prerendered chart's nodes taken out of the page, from before any script runs. */
const WATCH_REMOVALS = () => {
  const removed = { count: 0 };
  Object.assign(window, { atlasRemovedCharts: removed });
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.removedNodes)
        if (
          node instanceof Element &&
          (node.matches('.ranked-bar') || node.querySelector('.ranked-bar'))
        )
          removed.count++;
  }).observe(document, { childList: true, subtree: true });
};

/** Holds the app's entry script back until the returned function is called. */
async function holdAppEntry(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const removedCharts = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { atlasRemovedCharts: { count: number } }).atlasRemovedCharts.count,
  );

describe('the first view, prerendered into index.html', () => {
  it('is in the page as served: its chart with a mark per valued borough, its table and source', async () => {
    const html = await (await fetch(baseUrl)).text();
    const root = html.slice(html.indexOf('<div id="root"'));
    expect(root).toMatch(/^<div id="root" data-prerendered="[0-9a-f]{8}">/);
    expect(root).toContain('London boroughs ranked</h2>');
    const marks = root.match(/class="ranked-bar__bar"/g)?.length ?? 0;
    // The table twin lists all 33 boroughs; those with a value have a mark.
    const tableRows = root.match(/<tr/g)?.length ?? 0;
    expect(marks).toBeGreaterThanOrEqual(30);
    expect(tableRows).toBeGreaterThanOrEqual(34);
    expect(root).toContain('chart-frame__source');
    // Said above it, for a reader without JavaScript.
    expect(html).toMatch(/<noscript[^>]*>\s*<p class="noscript">\s*JavaScript is off/);
    // Nothing left for an inline script to fill in (the policy would block it).
    expect(root.slice(0, root.indexOf('</footer>'))).not.toMatch(/<script|<template/);
  });

  it('paints before the app is asked for: no module script, only the loader, allowed by its hash', async () => {
    const html = await (await fetch(baseUrl)).text();
    // A module script is fetched and run while the page is painted; the loader adds it after.
    expect(html).not.toMatch(/<script[^>]*type="module"/);
    expect(html).toMatch(/<meta name="atlas-entry" content="\.\/assets\/index-[^"]+\.js"/);
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const inline = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1] ?? '');
    expect(inline).toHaveLength(2);
    for (const script of inline)
      expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  });

  it('asks for its data from the entry, once each, and only on a link to the first view', async () => {
    const html = await (await fetch(baseUrl)).text();
    // Nothing in the page itself competes with its first paint.
    expect(html).not.toContain('rel="preload"');
    const named = /<meta name="atlas-first-view-data" content="([^"]*)"/.exec(html)?.[1];
    const files = (named ?? '').split(' ').map((f) => new URL(f, baseUrl).pathname);
    expect(files).toContain('/data/catalogue.json');
    expect(files.some((f) => f.includes('/indicators/'))).toBe(true);
    const { page, problems } = await openPage(browser, baseUrl);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(baseUrl);
    await appReady(page);
    await page.waitForLoadState('networkidle');
    for (const file of files) expect(requested.filter((r) => r === file)).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.context().close();

    // A link to another view does not ask for the first indicator's file it will not read.
    const other = await openPage(browser, baseUrl);
    const otherRequests: string[] = [];
    other.page.on('request', (r) => otherRequests.push(new URL(r.url()).pathname));
    await other.page.goto(`${baseUrl}?v=providers`);
    await other.page.getByRole('heading', { level: 1 }).waitFor();
    await other.page.waitForLoadState('networkidle');
    const indicatorFile = files.find((f) => f.includes('/indicators/'));
    expect(otherRequests).not.toContain(indicatorFile);
    await other.page.context().close();
  });

  it.each([
    { width: 1366, height: 768 },
    { width: 820, height: 1180 },
  ])(
    'shows its chart before the styles after it load, which change nothing above them, at %o',
    async (viewport) => {
      const { page } = await openPage(browser, baseUrl, { javaScriptEnabled: false, viewport });
      // The later styles are held back: the browser stops parsing at their link.
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/start-[^/]*\.css$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(baseUrl, { waitUntil: 'commit' });
      await page.locator('.ranked-bar__bar').first().waitFor();
      // Painted: the chart, with nothing of the table twin yet parsed.
      expect(await page.locator('.chart-frame__table').count()).toBe(0);
      /** Box and look of every element before the link (its ancestors grow as the rest arrives). */
      const firstScreen = () =>
        page.evaluate(() => {
          const link = document.querySelector('#root link[rel="stylesheet"]')!;
          return [...document.body.querySelectorAll('*')]
            .filter(
              (el) =>
                el.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING &&
                !el.contains(link),
            )
            .map((el) => {
              const box = el.getBoundingClientRect();
              const style = getComputedStyle(el);
              return [
                el.tagName,
                el.getAttribute('class'),
                box.x,
                box.y,
                box.width,
                box.height,
                style.font,
                style.color,
                style.backgroundColor,
                style.borderTop,
                style.display,
              ].join(' ');
            });
        });
      const before = await firstScreen();
      expect(before.length).toBeGreaterThan(200);
      release();
      await page.locator('.chart-frame__table tbody tr').first().waitFor();
      await page.waitForLoadState('load');
      expect(await firstScreen()).toEqual(before);
      await page.context().close();
    },
  );

  it('is readable with JavaScript off: the chart and every borough in its table', async () => {
    const { page } = await openPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(baseUrl);
    expect(await page.locator('.ranked-bar__bar').count()).toBeGreaterThanOrEqual(30);
    const table = page.locator('.chart-frame__table table').first();
    expect(await table.locator('tbody tr').count()).toBe(33);
    await page.context().close();
  });

  it('is taken over by the app without being redrawn or any hydration error, and then works', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    await page.addInitScript(WATCH_REMOVALS);
    await page.goto(baseUrl);
    await appReady(page);
    await page.waitForLoadState('networkidle');
    // Taken over in place: the prerendered chart was never thrown away and drawn again.
    expect(await removedCharts(page)).toBe(0);
    // The later styles' link, placed inside the view by the build, is in the head, once.
    expect(await page.locator('#root link').count()).toBe(0);
    expect(await page.locator('head link[rel="stylesheet"][href*="/start-"]').count()).toBe(1);
    const title = page.locator('.chart-frame__title').first();
    const before = await title.textContent();
    // Choosing an indicator redraws the chart: the app is live on the prerendered markup.
    const picker = page.getByLabel('Indicator', { exact: true });
    const options = await picker.locator('option').allTextContents();
    await picker.selectOption({ label: options[1]! });
    await page.waitForFunction((old) => {
      const now = document.querySelector('.chart-frame__title')?.textContent;
      return now !== old;
    }, before);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps a borough and a benchmark chosen before the app is live, and applies them once it is', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    // The app's entry is held back: the page is painted and looks ready, but is not live.
    const release = await holdAppEntry(page);
    await page.goto(baseUrl, { waitUntil: 'commit' });
    const option = page.locator('#root .borough-option[data-code="E09000002"]');
    await option.waitFor();
    await option.click();
    const benchmark = page.getByLabel('Benchmark', { exact: true });
    // As a person does it (Playwright's selectOption sends untrusted events, which a page's own
    // scripts could send too, so the recorder ignores them): the next option, by keyboard.
    await benchmark.focus();
    await page.keyboard.press('ArrowDown');
    expect(await benchmark.inputValue()).toBe('london');
    expect(await page.locator('html[data-app-ready]').count()).toBe(0);
    expect(await option.getAttribute('aria-selected')).toBe('false');
    release();
    await appReady(page);
    // Both choices, made on the prerendered page, are in the app's state, on screen and in the link.
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => new URL(page.url()).searchParams.get('b')).toBe('E09000002');
    await expect.poll(() => new URL(page.url()).searchParams.get('bm')).toBe('london');
    expect(await benchmark.inputValue()).toBe('london');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('is hidden on a link to another view, which is drawn instead', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    // The app's entry script is held back, to look at the page as first painted.
    const release = await holdAppEntry(page);
    await page.goto(`${baseUrl}?v=overview`, { waitUntil: 'commit' });
    await page.waitForSelector('#root .ranked-bar', { state: 'attached' });
    // Before the scripts run, the indicator chart is not shown under an overview link.
    expect(
      await page.evaluate(() => getComputedStyle(document.getElementById('root')!).visibility),
    ).toBe('hidden');
    release();
    await page.locator('main h1', { hasText: 'Where does each borough stand?' }).waitFor();
    expect(
      await page.evaluate(() => getComputedStyle(document.getElementById('root')!).visibility),
    ).toBe('visible');
    expect(await page.locator('.ranked-bar').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('is shown and taken over on a link that names only the defaults', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    await page.addInitScript(WATCH_REMOVALS);
    await page.goto(`${baseUrl}?v=indicator&ci=95`);
    await appReady(page);
    await expect
      .poll(() =>
        page.evaluate(() => getComputedStyle(document.getElementById('root')!).visibility),
      )
      .toBe('visible');
    expect(await removedCharts(page)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.skipIf(!updatedBaseUrl)(
    'is drawn afresh from the updated data after data:update, not taken over',
    async () => {
      const { page, problems } = await openPage(browser, updatedBaseUrl);
      await page.addInitScript(WATCH_REMOVALS);
      await page.goto(updatedBaseUrl);
      await appReady(page);
      await page.locator('header', { hasText: 'Updated' }).first().waitFor();
      await page.locator('.ranked-bar').first().waitFor();
      // The build's chart (bundled data) was replaced by one drawn from data/local.
      expect(await removedCharts(page)).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});

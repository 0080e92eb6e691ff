import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appReady, axeViolations, launchBrowser, openPage, openEveryTableTwin } from './browser';

const baseUrl = inject('baseUrl');
// What the build ships: every entry in the committed catalogue.
const SHIPPED = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '..', '..', 'data', 'catalogue.json'), 'utf8'),
  ) as { indicators: unknown[] }
).indicators.length;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('bundled data and the Data and methods view in Chromium', () => {
  it('the overview compares the recent bundled indicators with England by confidence interval', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}?v=overview`);
    await page.getByRole('heading', { name: 'Where does each borough stand?' }).waitFor();
    // One cell per recent indicator for Barnet: a CI verdict, not a quintile.
    for (const indicator of [
      'Life expectancy, 2022 - 24',
      'Healthy life expectancy, 2022 - 24',
      'Preventable CVD mortality <75, 2022 - 24',
      'Adult obesity, 2024-11-16 to 2025-11-15',
      // England 2024/25 lent by the older extract, which agrees on all 33 boroughs.
      'Depression prevalence, 2024/25',
      'Anxiety \\(mean score\\), 2022/23',
    ]) {
      const name = new RegExp(
        `^Barnet, ${indicator}(, Female|, Male)?: .*, (?:(?:Better|Worse|Higher|Lower) than England|Similar to England)`,
      );
      await page.getByRole('button', { name }).first().waitFor();
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a fresh clone opens on the newest mental health figures and lists every shipped indicator', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await page
      .getByRole('heading', { name: /self-harm \(10-24 years\): London boroughs ranked/ })
      .waitFor();
    await expect(page.getByRole('combobox', { name: 'Period' }).inputValue()).resolves.toBe(
      '2023/24',
    );
    await page.goto(`${baseUrl}?v=data`);
    await page.getByText(`${SHIPPED} of ${SHIPPED} indicators shown.`).waitFor();
    expect(SHIPPED).toBeGreaterThanOrEqual(68);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("opens Data and methods from a chart's source line, and has no axe violations", async () => {
    const { page, problems } = await openPage(browser, baseUrl, { bypassCSP: true });
    await page.goto(`${baseUrl}?i=fingertips-93881`);
    await page
      .getByRole('heading', { name: /classified as obese: London boroughs ranked/ })
      .waitFor();
    await page.getByRole('link', { name: 'About this data and its methods' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Data and methods' }).waitFor();
    const row = page.getByRole('row', { name: /classified as obese/ });
    await expect(row.getAttribute('aria-current')).resolves.toBe('true');
    await expect.poll(() => page.url()).toContain('?v=data&i=fingertips-93881');
    expect(JSON.stringify(await axeViolations(page))).toBe('[]');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['overview', '?v=overview'],
    ['indicator', '?i=fingertips-93722&b=E09000012'],
    ['profile', '?v=profile&pb=E09000012'],
    ['data', '?v=data'],
  ])('has no axe violations on the %s view with every table twin open', async (_view, search) => {
    const { page } = await openPage(browser, baseUrl, { bypassCSP: true });
    await page.goto(`${baseUrl}${search}`);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await openEveryTableTwin(page);
    expect(JSON.stringify(await axeViolations(page))).toBe('[]');
    await page.context().close();
  });

  it('fits the rug at 1366 wide without scrolling, and keeps its row labels in view on a tablet', async () => {
    for (const [width, height] of [
      [1366, 768],
      [820, 1180],
    ] as const) {
      const { page } = await openPage(browser, baseUrl, { viewport: { width, height } });
      await page.goto(`${baseUrl}?v=overview`);
      await page.locator('.rug__cell button').first().waitFor();
      const size = await page.evaluate(() => {
        const table = document.querySelector('table.rug') as HTMLElement;
        return {
          table: table.scrollWidth,
          container: (table.parentElement as HTMLElement).clientWidth,
          page: document.documentElement.scrollWidth,
          label: getComputedStyle(document.querySelector('.rug__indicator') as HTMLElement)
            .position,
        };
      });
      expect(size.page).toBe(width); // no horizontal page scroll
      // Wide, the table fits its container; narrow, it scrolls with the names held in place.
      const fits = size.table <= size.container;
      expect(width === 1366 ? fits : size.label === 'sticky', JSON.stringify(size)).toBe(true);
      await page.context().close();
    }
  });

  it('reaches the rug from the top of the page in a few Tab presses', async () => {
    const { page } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}?v=overview`);
    await page.locator('.rug__cell button').first().waitFor();
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    await press('Tab'); // Skip to main content
    await press('Tab'); // Skip to the main chart
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to the main chart',
    );
    await press('Enter');
    await press('Tab'); // Export
    await press('Tab'); // the rug (one tab stop)
    await expect(
      page.evaluate(() => document.activeElement?.closest('table.rug') !== null),
    ).resolves.toBe(true);
    expect(presses).toBeLessThanOrEqual(5);
    await page.context().close();
  });

  it.each([
    ['the map', 'Skip to the map', `document.activeElement?.closest('.tile-map') !== null`, 6],
    [
      'the controls',
      'Skip to the controls',
      `document.activeElement?.id === 'indicator-picker'`,
      4,
    ],
  ])(
    'reaches %s on the indicator view from the top of the page in a few key presses',
    async (_name, link, reached, most) => {
      const { page } = await openPage(browser, baseUrl);
      await page.goto(baseUrl);
      await appReady(page);
      await page.locator('.tile-map button').first().waitFor();
      let presses = 0;
      while (presses < 10) {
        presses++;
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent)) === link) break;
      }
      presses++;
      await page.keyboard.press('Enter');
      await expect(page.evaluate(reached)).resolves.toBe(true);
      expect(presses).toBeLessThanOrEqual(most);
      await page.context().close();
    },
  );

  it('reflows without a horizontal page scroll at 1366, on a tablet and at 200% zoom', async () => {
    const views = [
      '',
      '?v=overview',
      '?v=profile&pb=E09000012',
      '?v=parity&b=E09000007',
      '?v=providers&po=RAT',
      '?v=data',
    ];
    const sizes = [
      { width: 1366, height: 768, deviceScaleFactor: 1 },
      { width: 820, height: 1180, deviceScaleFactor: 1 },
      // 1366 × 768 at 200% zoom: 683 CSS pixels wide (WCAG 1.4.10).
      { width: 683, height: 384, deviceScaleFactor: 2 },
    ];
    const overflowing: string[] = [];
    for (const { width, height, deviceScaleFactor } of sizes) {
      const { page } = await openPage(browser, baseUrl, {
        viewport: { width, height },
        deviceScaleFactor,
      });
      for (const search of views) {
        await page.goto(`${baseUrl}${search}`);
        await page.locator('main h1').waitFor();
        await page.waitForLoadState('networkidle');
        const wide = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (wide > 0) overflowing.push(`${width}px ${search || '?v=indicator'}: ${wide}px`);
      }
      await page.context().close();
    }
    expect(overflowing).toEqual([]);
  });

  it('folds the borough panel on a tablet and shows every borough when opened', async () => {
    const { page } = await openPage(browser, baseUrl, { viewport: { width: 820, height: 1180 } });
    await page.goto(`${baseUrl}?b=E09000007`);
    const toggle = page.getByRole('button', { name: 'Boroughs: 1 selected' });
    await toggle.waitFor();
    await expect(page.getByRole('listbox').isVisible()).resolves.toBe(false);
    await toggle.click();
    const options = page.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.count()).toBe(33);
    const visible = await options.evaluateAll(
      (list) =>
        list.filter((o) => {
          const box = o.getBoundingClientRect();
          return box.width > 0 && box.right <= document.documentElement.clientWidth;
        }).length,
    );
    expect(visible).toBe(33);
    await page.context().close();
  });

  it('moves through the borough list as one Tab stop, selecting with Space and type-ahead', async () => {
    const { page } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await appReady(page);
    await page.locator('.tile-map button').first().waitFor();
    await page.getByRole('searchbox', { name: 'Search boroughs' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type('wan');
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).search).toBe('?b=E09000032');
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => document.activeElement?.closest('[role="listbox"]') === null),
    ).resolves.toBe(true);
    await page.context().close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openPage } from './browser';

const baseUrl = inject('baseUrl');
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
      'Healthy life expectancy, 2021 - 23',
      'Preventable CVD mortality <75, 2022 - 24',
      'Adult obesity, 2024-11-16 to 2025-11-15',
      'Adult smoking, 2021',
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
    expect(page.url()).toContain('?v=data&i=fingertips-93881');
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
    // Open every table twin (and every caveat list): each frame renders its table when toggled.
    const frames = await page.locator('.chart-frame').count();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await expect
      .poll(() => page.locator('.chart-frame table').count())
      .toBeGreaterThanOrEqual(frames);
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
      if (width === 1366) expect(size.table).toBeLessThanOrEqual(size.container);
      else expect(size.label).toBe('sticky');
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
});

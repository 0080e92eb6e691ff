import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, openEveryTableTwin } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Parity view in Chromium', () => {
  it('picks a suggested pair, reads the summary, and highlights a selected borough in every chart', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}?v=parity`);
    await page
      .getByRole('heading', { name: 'Is mental health keeping pace with physical health?' })
      .waitFor();
    await page
      .getByRole('combobox', { name: 'Suggested pair' })
      .selectOption('Life satisfaction ↔ healthy life expectancy');
    const brief = page.getByRole('region', { name: 'In brief' });
    await brief
      .getByText(/Life satisfaction \(mean score\), 2022\/23/)
      .first()
      .waitFor();
    await page
      .getByRole('group', { name: 'Boroughs' })
      .getByRole('option', { name: 'Camden' })
      .click();
    // Every chart labels the selected borough.
    await expect
      .poll(() => page.locator('svg.scatter text', { hasText: '► Camden' }).count())
      .toBe(3);
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?v=parity&b=E09000007&pm=ons-wellbeing-life-satisfaction&pp=fingertips-90362');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('has no axe violations with every table twin open', async () => {
    const { page } = await openPage(browser, baseUrl, { bypassCSP: true });
    await page.goto(`${baseUrl}?v=parity&b=E09000007`);
    await page.locator('svg.scatter').first().waitFor();
    // The charts below the first render just after it: wait for all five.
    await expect.poll(() => page.locator('.chart-frame').count()).toBe(5);
    // Scatter, ranks, over time, two against deprivation: a table each.
    expect(await openEveryTableTwin(page)).toBe(5);
    expect(await page.locator('.chart-frame table').count()).toBe(5);
    expect(JSON.stringify(await axeViolations(page))).toBe('[]');
    await page.context().close();
  });

  it('offers the suicide pair on the bundled data, both of 2022-24', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}?v=parity`);
    await page
      .getByRole('combobox', { name: 'Suggested pair' })
      .selectOption('Suicide rate ↔ preventable CVD mortality');
    await page
      .getByRole('region', { name: 'In brief' })
      .getByText(/Suicide rate, 2022 - 24 .*Preventable CVD mortality <75, 2022 - 24/)
      .first()
      .waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

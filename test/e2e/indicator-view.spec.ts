import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appReady, axeViolations, launchBrowser, openPage } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BARS = '.ranked-bar__bar';

describe('indicator view in Chromium (built app)', () => {
  it('loads the first chart on the bundled data with no console errors and no request off the origin', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await appReady(page);
    await page.waitForSelector(BARS);
    // SMI excess mortality 2014/15: 32 boroughs have a value, City of London is suppressed.
    expect(await page.locator(BARS).count()).toBe(32);
    expect(
      await page
        .getByRole('table', { name: /London boroughs ranked/ })
        .getByRole('row')
        .count(),
    ).toBe(34);
    await expect(
      page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
    ).resolves.toContain("default-src 'self'");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('chooses an indicator, filters boroughs, and a reload restores the view', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await appReady(page);
    await page.waitForSelector(BARS);
    await page.getByRole('combobox', { name: 'Indicator' }).selectOption('fingertips-90362');
    await page.getByRole('heading', { name: /Healthy life expectancy at birth/ }).waitFor();
    await page.getByRole('combobox', { name: 'Sex' }).selectOption('Female');
    const filter = page.getByRole('group', { name: 'Boroughs' });
    await filter.getByRole('button', { name: 'North Central London' }).click();
    await filter.getByRole('option', { name: 'Camden', selected: true }).click();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?i=fingertips-90362&b=E09000003,E09000010,E09000014,E09000019&sex=Female');

    await page.reload();
    await page.waitForSelector(BARS);
    await expect(page.getByRole('combobox', { name: 'Indicator' }).inputValue()).resolves.toBe(
      'fingertips-90362',
    );
    await expect(page.getByRole('combobox', { name: 'Sex' }).inputValue()).resolves.toBe('Female');
    await expect(
      filter.getByRole('option', { name: 'Barnet' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    await expect(
      filter.getByRole('option', { name: 'Camden' }).getAttribute('aria-selected'),
    ).resolves.toBe('false');
    await expect(page.locator('.ranked-bar__names').getByText('► Barnet').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('draws the trend lines and value axis where no interval is published', async () => {
    // SMI excess mortality publishes no intervals; stop 19's chart drew an empty frame here.
    const { page, problems } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}?b=E09000007`);
    await page.waitForSelector('.trend-line');
    const trend = page.locator('svg.trend-chart');
    await expect(trend.locator('.trend-line').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(
      trend.locator('.trend-line').first().locator('circle').count(),
    ).resolves.toBeGreaterThan(1);
    await expect(trend.locator('.trend-chart__y-axis text').count()).resolves.toBeGreaterThan(2);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('goes back and forward through selections', async () => {
    const { page } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await appReady(page);
    await page.waitForSelector(BARS);
    const picker = page.getByRole('combobox', { name: 'Indicator' });
    const indicatorInAddress = () => new URL(page.url()).searchParams.get('i');
    // The address is written once the change's frame is painted: each is waited for, as the
    // Back button follows what the address bar shows.
    await picker.selectOption('fingertips-848');
    await expect.poll(indicatorInAddress).toBe('fingertips-848');
    await picker.selectOption('fingertips-21001');
    await expect.poll(indicatorInAddress).toBe('fingertips-21001');
    await page.goBack();
    await page.getByRole('heading', { name: /Depression: recorded prevalence/ }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: /self-harm \(10-24 years\)/ }).waitFor();
    await page.goForward();
    await expect(picker.inputValue()).resolves.toBe('fingertips-848');
    await page.context().close();
  });

  it('shows a notice for a bad link parameter instead of a blank page', async () => {
    const { page } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}?ci=42&b=E09000003`);
    await page
      .getByText('Ignored "ci=42" in the link: the confidence level is 95 or 99.8.')
      .waitFor();
    await page.waitForSelector(BARS);
    await expect.poll(() => new URL(page.url()).search).toBe('?b=E09000003');
    await page.context().close();
  });

  it('has no axe-core WCAG 2.2 A/AA violations', async () => {
    const { page } = await openPage(browser, baseUrl, { bypassCSP: true });
    await page.goto(`${baseUrl}?b=E09000003`);
    await page.waitForSelector(BARS);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('can be used by keyboard alone: tab to the picker and change indicator', async () => {
    const { page } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await appReady(page);
    await page.waitForSelector(BARS);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to main content',
    );
    await page.getByRole('combobox', { name: 'Indicator' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('heading', { name: /^Suicide rate: London boroughs ranked/ }).waitFor();
    await page.context().close();
  });
});

describe('with the full published data loaded by data:update', () => {
  const updatedBaseUrl = inject('updatedBaseUrl');

  it.runIf(updatedBaseUrl)(
    'says which data is shown and shows the updated indicators, with CIs',
    async () => {
      const { page, problems } = await openPage(browser, updatedBaseUrl);
      await page.goto(`${updatedBaseUrl}?i=fingertips-41001&p=2015+-+17&sex=Male`);
      await page
        .getByText(
          /^Data: Updated \d+ \w{3} 20\d\d from local copies of the publishers' files: published figures up to/,
        )
        .waitFor();
      await page.getByRole('heading', { name: /Suicide rate: London boroughs ranked/ }).waitFor();
      // 2015-17 male suicide rates carry 95% CIs: comparisons are by CI against England, not quintiles.
      await page.getByText(/compared with England by 95% confidence interval/).waitFor();
      expect(await page.locator('.ci-whisker').count()).toBeGreaterThan(0);
      // Fingertips publishes suicide rates as Higher/Lower: the Atlas uses the same words and
      // agrees with every published verdict against England.
      const table = page.getByRole('table', { name: /London boroughs ranked/ });
      await table
        .getByRole('columnheader', { name: 'Published comparison with England' })
        .waitFor();
      const text = (await table.textContent()) ?? '';
      expect(text).toMatch(/(Higher|Lower) than England/);
      expect(text).not.toMatch(/(Better|Worse) than England/);
      expect(text).not.toContain("differs from the Atlas's verdict");
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});

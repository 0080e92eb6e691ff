import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appReady, launchBrowser, openPage } from './browser';
import { hasShared } from '../setup/shared-data';

const baseUrl = inject('baseUrl');
/** A real Fingertips API export (underscore headers), read from ../shared: never copied. */
const fingertipsExport = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'data',
  'raw',
  'original-formats',
  'fingertips-export',
  'indicators-CountyUA.data london.csv',
);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.runIf(hasShared(fingertipsExport))('Load data in Chromium', () => {
  it('loads a real Fingertips export in a worker, shows its indicator, keeps it across a reload, and removes it', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    await page.goto(baseUrl);
    await appReady(page);
    await page.waitForSelector('.ranked-bar__bar');

    await page.getByLabel('Load data').setInputFiles(fingertipsExport);
    await page.getByText('175 rows read, 175 kept, 0 rejected').waitFor();

    const picker = page.getByRole('combobox', { name: 'Indicator' });
    await picker.selectOption({ label: 'Suicide rate (your file)' });
    await page
      .getByRole('heading', { name: 'Suicide rate (your file): London boroughs ranked' })
      .waitFor();
    // 41001 (2015-17, male) has 95% CIs: 32 boroughs with a value get whiskers.
    expect(await page.locator('.ranked-bar__bar').count()).toBe(32);
    expect(await page.locator('.ci-whisker').count()).toBeGreaterThan(0);

    await page.reload();
    await page
      .getByRole('heading', { name: 'Suicide rate (your file): London boroughs ranked' })
      .waitFor();

    await page.getByRole('button', { name: 'Remove indicators-CountyUA.data london.csv' }).click();
    await picker.locator('option', { hasText: 'your file' }).first().waitFor({ state: 'detached' });
    expect(await picker.locator('option', { hasText: 'your file' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

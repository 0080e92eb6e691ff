import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/vite/security-headers';
import { launchBrowser, openPage } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('served with the security headers a host should send', () => {
  it('sends them with the page and its files, and every view works under them', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    const response = await page.goto(baseUrl);
    const headers = response?.headers() ?? {};
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name.toLowerCase()], name).toBe(value);
    const csv = await page.request.get(`${baseUrl}data/catalogue.json`);
    expect(csv.headers()['x-content-type-options']).toBe('nosniff');
    // Every view, its charts and its worker-backed parts run under the policy: no violation.
    for (const search of [
      '',
      '?v=overview',
      '?v=profile',
      '?v=parity',
      '?v=providers',
      '?v=data',
    ]) {
      await page.goto(`${baseUrl}${search}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

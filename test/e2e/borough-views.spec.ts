import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openPage } from './browser';

const baseUrl = inject('baseUrl');
const updatedBaseUrl = inject('updatedBaseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('borough views in Chromium', () => {
  it('overview → cell → indicator view → select a borough → profile', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}?v=overview`);
    await page.getByRole('heading', { name: 'Where does each borough stand?' }).waitFor();
    await page.getByRole('button', { name: /^Lambeth, Self-harm admissions, 2023\/24/ }).click();
    await page
      .getByRole('heading', {
        name: /Emergency hospital admissions for intentional self-harm: London boroughs ranked/,
      })
      .waitFor();
    await expect(page.locator('.ranked-bar__names').getByText('► Lambeth').count()).resolves.toBe(
      1,
    );

    await page
      .getByRole('group', { name: 'Boroughs' })
      .getByRole('option', { name: 'Lewisham' })
      .click();
    await page.getByRole('heading', { name: 'What good looks like' }).waitFor();
    await expect(
      page
        .getByRole('table', { name: 'Selected boroughs against the best quartile' })
        .getByRole('row')
        .count(),
    ).resolves.toBe(3);

    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Borough profile' })
      .click();
    await page
      .getByRole('heading', { name: 'How does Lambeth look across mental and physical health?' })
      .waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('v')).toBe('profile');
    await page.goBack();
    await page.getByRole('heading', { name: 'What good looks like' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the rug can be used by keyboard alone', async () => {
    const { page } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}?v=overview`);
    const first = page.getByRole('button', { name: /^Barnet, Self-harm admissions, 10-24/ });
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Suicide rate: London boroughs ranked/ }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('b')).toBe('E09000007');
    await page.context().close();
  });

  it.each([
    ['overview', '?v=overview&b=E09000003'],
    ['indicator', '?b=E09000003,E09000022'],
    ['profile', '?v=profile&pb=E09000022'],
  ])('has no axe-core WCAG 2.2 A/AA violations on the %s view', async (_view, search) => {
    const { page } = await openPage(browser, baseUrl, { bypassCSP: true });
    await page.goto(`${baseUrl}${search}`);
    await page.locator('.chart-frame').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.runIf(updatedBaseUrl)(
    'on the full data, the profile and overview include the updated indicators',
    async () => {
      const { page, problems } = await openPage(browser, updatedBaseUrl);
      await page.goto(`${updatedBaseUrl}?v=profile&pb=E09000022`);
      await page.getByRole('heading', { name: 'Mental health: Lambeth' }).waitFor();
      await page
        .locator('.chart-frame', { hasText: 'Mental health: Lambeth' })
        .getByText('View as table')
        .click();
      // The twin renders when opened; waitFor also proves the suicide rows are there.
      await page
        .getByRole('table', { name: 'Mental health indicators for Lambeth' })
        .getByRole('row', { name: /Suicide rate/ })
        .first()
        .waitFor();
      await page.goto(`${updatedBaseUrl}?v=overview`);
      await page
        .getByRole('button', {
          name: /^Lambeth, Preventable CVD mortality <75, 2022 - 24: .*England/,
        })
        .waitFor();
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});

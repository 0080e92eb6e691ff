import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, openEveryTableTwin } from './browser';

const baseUrl = inject('baseUrl');
const updatedBaseUrl = inject('updatedBaseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const funnelFrame = (page: Awaited<ReturnType<typeof openPage>>['page']) =>
  page.locator('.chart-frame', {
    has: page.getByRole('heading', { name: /Is it really different, or noise\?/ }),
  });

describe('Providers view in Chromium', () => {
  it('opens on the bundled data on Talking Therapies recovery with every England provider, London labelled, reads φ, and opens a trust’s trend', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}?v=providers`);
    const measure = page.getByRole('combobox', { name: 'Measure' });
    await expect.poll(() => measure.inputValue()).toBe('nhstt-annual-recovery');
    const funnel = funnelFrame(page);
    await funnel.waitFor();
    // Every England provider is a mark; London's outside the 99.8% limits are named.
    await expect.poll(() => funnel.locator('svg .funnel-mark').count()).toBe(136);
    await expect
      .poll(() => funnel.locator('svg text', { hasText: 'IAPT' }).count())
      .toBeGreaterThan(0);
    await funnel.getByText(/136 organisations in England, 32 in London/).waitFor();
    await funnel.getByText(/10 of London's outside the 99\.8% limits/).waitFor();

    await page
      .getByRole('combobox', { name: 'Allow for over-dispersion' })
      .selectOption('multiplicative');
    await funnel.getByText(/φ = 10\.91 from 136 organisations/).waitFor();
    await funnel.getByText(/2 of London's outside the 99\.8% limits/).waitFor();

    await page
      .getByRole('combobox', { name: 'Emphasise' })
      .selectOption({ label: 'North East London NHS Foundation Trust (RAT)' });
    await page
      .getByRole('heading', {
        name: 'Is it changing? North East London NHS Foundation Trust: Recovery rate (annual) over time',
      })
      .waitFor();
    // The default measure is not written into the link.
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?v=providers&po=RAT&od=multiplicative');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('follows the link from a borough profile to its trust on the bundled data', async () => {
    const { page, problems } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}?v=profile&pb=E09000002`);
    await page
      .getByRole('link', { name: 'Mental health services for Barking and Dagenham' })
      .click();
    await funnelFrame(page).waitFor();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?v=providers&pb=E09000002&pi=mhsds-mrs01b-provider&po=RAT');
    // The chosen trust is named on the funnel and its boroughs are filled on the map.
    await funnelFrame(page)
      .locator('svg text', { hasText: 'North East London NHS Foundation Trust' })
      .waitFor();
    await expect.poll(() => page.locator('.tile.is-selected').count()).toBe(4);
    // Every organisation in England is the funnel's population, not London's alone.
    await expect(page.getByText('This data holds only London').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it.runIf(updatedBaseUrl)(
    "shows a borough's former CCG's measures, labelled same area or shared",
    async () => {
      const { page, problems } = await openPage(browser, updatedBaseUrl);
      await page.goto(`${updatedBaseUrl}?v=profile&pb=E09000007`);
      const camden = page.getByRole('table', { name: /NHS Camden CCG.*\(CCG, same area\)/ });
      await camden
        .getByRole('rowheader', { name: 'Serious mental illness prevalence (QOF, CCG)' })
        .waitFor();
      await page.getByRole('combobox', { name: 'Borough' }).selectOption({ label: 'Hackney' });
      await page
        .getByRole('table', { name: /\(CCG covering City of London and Hackney together\)/ })
        .waitFor();
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  it.each([
    ['bundled', () => baseUrl, '?v=providers&po=RV5'],
    ['updated', () => updatedBaseUrl, '?v=providers&pi=shmi-acute&po=R1H&od=additive'],
  ])('has no axe violations with every table twin open (%s data)', async (_name, url, search) => {
    if (!url()) return;
    const { page } = await openPage(browser, url(), { bypassCSP: true });
    await page.goto(`${url()}${search}`);
    await funnelFrame(page).waitFor();
    await page.waitForLoadState('networkidle');
    await openEveryTableTwin(page);
    expect(JSON.stringify(await axeViolations(page))).toBe('[]');
    await page.context().close();
  });
});

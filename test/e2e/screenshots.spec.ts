import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const baseUrl = inject('baseUrl');
/** Review artefacts, git-ignored: one image per chart at desktop and tablet sizes. */
const out = resolve(import.meta.dirname, '../../test-results/screens');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(out, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const VIEWS = [
  ['indicator', '?i=fingertips-93722&b=E09000012'],
  ['overview', '?v=overview'],
  ['profile', '?v=profile&pb=E09000012'],
  ['parity', '?v=parity&b=E09000007&pm=ons-wellbeing-life-satisfaction&pp=fingertips-90362'],
  ['providers', '?v=providers&po=RAT'],
] as const;

describe('one screenshot per chart, for review', () => {
  it.each(VIEWS)(
    'saves every chart of the %s view at 1366×768 and 820×1180',
    async (view, search) => {
      for (const [width, height] of [
        [1366, 768],
        [820, 1180],
      ] as const) {
        const { page } = await openPage(browser, baseUrl, { viewport: { width, height } });
        await page.goto(`${baseUrl}${search}`);
        await page.locator('figure.chart-frame').first().waitFor();
        await page.waitForLoadState('networkidle');
        const frames = await page.locator('figure.chart-frame').all();
        expect(frames.length).toBeGreaterThan(0);
        for (const [i, frame] of frames.entries())
          await frame.screenshot({ path: resolve(out, `${view}-${i + 1}-${width}.png`) });
        await page.context().close();
      }
    },
  );
});

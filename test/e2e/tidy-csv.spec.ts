import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every view, with a borough chosen so the charts that follow one are drawn too. */
const VIEWS = [
  '?v=overview',
  '?b=E09000012',
  '?v=profile&b=E09000012',
  '?v=parity&b=E09000012',
  '?v=providers&po=RAT',
];

/** A cell holding two figures in words, or a figure followed by its unit: not tidy. */
const TWO_FIGURES = /^-?\d[\d.,]*\s+to\s+-?\d/;
const FIGURE_AND_WORDS = /^-?\d[\d.,]*\s*(%|per\b|of\b|years\b)/;
/** More significant digits than a double's noise-free 15: arithmetic noise of ours. */
const NOISY = /^-?\d+\.\d*?(\d)\1{6,}\d?$|^-?\d*\.\d{16,}$/;

describe('every chart’s CSV is tidy data', () => {
  for (const view of VIEWS)
    it(`${view}: one figure per cell, no summary rows, no noise`, async () => {
      const { page, problems } = await openPage(browser, baseUrl, { acceptDownloads: true });
      await page.goto(`${baseUrl}${view}`);
      await page.locator('figure.chart-frame').first().waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /^Download bundle/ }).click(),
      ]);
      const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
      const csvs = Object.keys(zip).filter((n) => n.endsWith('.csv'));
      expect(csvs.length).toBeGreaterThan(0);
      for (const name of csvs) {
        const text = strFromU8(zip[name]!).replace(/^\uFEFF/, '');
        const { data, meta } = Papa.parse<Record<string, string>>(text.trim(), { header: true });
        expect(new Set(meta.fields).size, `${name}: headers are unique`).toBe(meta.fields?.length);
        for (const [i, row] of data.entries())
          for (const [column, cell] of Object.entries(row)) {
            const where = `${name} row ${i + 2}, column "${column}": ${cell}`;
            expect(TWO_FIGURES.test(cell), where).toBe(false);
            expect(FIGURE_AND_WORDS.test(cell), where).toBe(false);
            expect(NOISY.test(cell), where).toBe(false);
          }
        // Summary rows (a trend's "Recent trend") belong in notes, not among the data.
        expect(text).not.toMatch(/^(Recent trend|Is the gap closing\?),/m);
      }
      expect(problems).toEqual([]);
      await page.context().close();
    });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runSnapshot } from '../../scripts/snapshot/run-snapshot';
import { launchBrowser, openPage } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const contentOf = async (download: Download) => readFileSync((await download.path())!);

/** Saves what a button downloads. */
async function downloadFrom(
  page: Page,
  click: () => Promise<unknown>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: await contentOf(download) };
}

/** Share of non-white pixels in a PNG, decoded by the browser. */
const inkIn = (page: Page, png: Buffer) =>
  page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
    return { ink: ink / (data.length / 4), width: bitmap.width };
  }, png.toString('base64'));

const RANKED = '?i=fingertips-93722&b=E09000012';

describe('export and snapshots in Chromium', () => {
  it('exports the ranked chart as PNG, SVG and CSV, each what is shown', async () => {
    const { page, problems } = await openPage(browser, baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}${RANKED}`);
    const frame = page.locator('figure.chart-frame').first();
    await frame.getByRole('heading', { name: /London boroughs ranked/ }).waitFor();

    await frame.getByRole('button', { name: 'Export' }).click();
    await frame.getByRole('button', { name: 'Download PNG' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('img', { name: /The PNG that will be saved/ }).waitFor();
    const png = await downloadFrom(page, () =>
      dialog.getByRole('button', { name: 'Download PNG' }).click(),
    );
    expect(png.name).toBe(
      'preventable-cvd-mortality-under-75_2022-24_london-boroughs_vs-england.png',
    );
    const { ink, width } = await inkIn(page, png.bytes);
    expect(width).toBe(1920); // the default size, a 16:9 slide, at 144 dpi
    expect(ink).toBeGreaterThan(0.03);

    await frame.getByRole('button', { name: 'Export' }).click();
    await frame.getByRole('button', { name: 'Download SVG' }).click();
    await dialog.getByRole('img', { name: /The SVG that will be saved/ }).waitFor();
    const svg = (
      await downloadFrom(page, () => dialog.getByRole('button', { name: 'Download SVG' }).click())
    ).bytes.toString('utf8');
    expect(svg).toContain(
      'Under 75 mortality rate from cardiovascular diseases considered preventable: London boroughs ranked',
    );
    expect(svg).toContain('Open Government Licence v3.0');
    expect(svg).toContain('with the London Mental Health Variation Atlas: http');
    expect(svg).toContain('Period: 2022 - 24.');
    expect(svg).not.toContain('foreignObject');

    await frame.getByRole('button', { name: 'Export' }).click();
    await frame.getByRole('button', { name: 'Download CSV' }).click();
    const csv = await downloadFrom(page, () =>
      dialog.getByRole('button', { name: 'Download CSV' }).click(),
    );
    expect(csv.name).toBe(
      'preventable-cvd-mortality-under-75_2022-24_london-boroughs_vs-england.csv',
    );
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1).trim(), { header: true }).data;
    expect(rows).toHaveLength(33);
    expect(rows.find((r) => r['Area code'] === 'E09000012')).toMatchObject({
      'Compared with England': 'Worse than England',
    });
    // The headless command writes the same file, byte for byte.
    const cli = runSnapshot({
      dataDir: resolve(import.meta.dirname, '../../data'),
      indicator: 'fingertips-93722',
      boroughs: 'E09000012',
    });
    expect(text).toBe(cli);

    // The same rows as an Excel workbook: typed cells, and a notes sheet with the source.
    await frame.getByRole('button', { name: 'Export' }).click();
    const xlsx = await downloadFrom(page, () =>
      frame.getByRole('button', { name: 'Download Excel (XLSX)' }).click(),
    );
    expect(xlsx.name).toBe(
      'preventable-cvd-mortality-under-75_2022-24_london-boroughs_vs-england.xlsx',
    );
    const sheet = await readSheet(xlsx.bytes, 'Data');
    expect(sheet).toHaveLength(1 + 33);
    const headers = sheet[0] as string[];
    const hackney = sheet.find((r) => r[headers.indexOf('Area code')] === 'E09000012')!;
    expect(typeof hackney[headers.indexOf('Value (per 100,000)')]).toBe('number');
    expect(hackney[headers.indexOf('Period')]).toBe('2022 - 24');
    const notes = await readSheet(xlsx.bytes, 'Notes');
    expect(notes.map((r) => r[1]).join(' ')).toContain('Open Government Licence v3.0');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('exports the tartan rug as an image', async () => {
    const { page } = await openPage(browser, baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}?v=overview`);
    const frame = page.locator('figure.chart-frame').first();
    await frame
      .getByRole('button', { name: /^Barnet, / })
      .first()
      .waitFor();
    await frame.getByRole('button', { name: 'Export' }).click();
    await frame.getByRole('button', { name: 'Download PNG' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByRole('img', { name: /The PNG that will be saved/ })
      .waitFor({ timeout: 30_000 });
    const png = await downloadFrom(page, () =>
      dialog.getByRole('button', { name: 'Download PNG' }).click(),
    );
    expect((await inkIn(page, png.bytes)).ink).toBeGreaterThan(0.05);
    await page.context().close();
  });

  it("saves a snapshot, reopens it after a reload, downloads it as a bundle and reopens the bundle's snapshot file", async () => {
    const { page, problems } = await openPage(browser, baseUrl, { acceptDownloads: true });
    await page.goto(`${baseUrl}${RANKED}`);
    await page.getByRole('heading', { name: /London boroughs ranked/ }).waitFor();
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await page
      .getByText(/^Saved “.*”\. Rename, reopen or download it under Snapshots\.$/)
      .waitFor({ timeout: 30_000 });

    await page.goto(`${baseUrl}?v=overview`);
    await page.reload();
    await page.getByRole('button', { name: 'Snapshots (1)' }).click();
    await page.getByRole('button', { name: /^Open Under 75/ }).click();
    await page
      .getByRole('heading', {
        name: /cardiovascular diseases considered preventable: London boroughs ranked/,
      })
      .waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe(RANKED);

    const bundle = await downloadFrom(page, () =>
      page.getByRole('button', { name: /^Download bundle of / }).click(),
    );
    const zip = unzipSync(new Uint8Array(bundle.bytes));
    const names = Object.keys(zip);
    expect(names).toEqual(expect.arrayContaining(['README.txt', 'snapshot.json']));
    expect(names.filter((n) => n.endsWith('.png'))).toHaveLength(4);
    expect(names.filter((n) => n.endsWith('.svg'))).toHaveLength(4);
    expect(names.filter((n) => n.endsWith('.csv'))).toHaveLength(4);
    expect(names.filter((n) => n.endsWith('.xlsx'))).toHaveLength(4);
    // The workbook in the zip is the one the export menu gives: typed cells and a notes sheet.
    const workbook = names.find((n) => n.endsWith('.xlsx'))!;
    expect((await readSheet(Buffer.from(zip[workbook]!), 'Notes')).length).toBeGreaterThan(3);
    expect(strFromU8(zip['README.txt']!)).toContain(`Reopen this view: ${baseUrl}${RANKED}`);

    // The bundle's snapshot.json reopens the view from a fresh page.
    await page.goto(`${baseUrl}?v=data`);
    await page.getByRole('button', { name: 'Snapshots (1)' }).click();
    await page.getByLabel('Open snapshot file').setInputFiles({
      name: 'snapshot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(zip['snapshot.json']!),
    });
    await page
      .getByRole('heading', {
        name: /cardiovascular diseases considered preventable: London boroughs ranked/,
      })
      .waitFor();
    // A hostile file is refused with its reason, and nothing changes.
    await page.getByLabel('Open snapshot file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"x"}'),
    });
    await page.getByText(/bad\.json is not a snapshot the Atlas can open/).waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe(RANKED);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a bundle asked for while the view is still drawing waits for its charts and holds every one', async () => {
    const { page, problems } = await openPage(browser, baseUrl, { acceptDownloads: true });
    // A slow network: every data file arrives late, so the button is pressed before any chart.
    await page.route('**/data/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${baseUrl}?v=parity`);
    const bundle = await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Download bundle' }).click(),
    );
    const names = Object.keys(unzipSync(new Uint8Array(bundle.bytes)));
    expect(names.filter((n) => n.endsWith('.csv')).length).toBeGreaterThanOrEqual(3);
    expect(names.filter((n) => n.endsWith('.png'))).toHaveLength(
      names.filter((n) => n.endsWith('.csv')).length,
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('makes a board pack of two snapshots with a printable index', async () => {
    const { page } = await openPage(browser, baseUrl, { acceptDownloads: true });
    for (const search of ['?i=fingertips-93881', '?v=profile&pb=E09000012']) {
      await page.goto(`${baseUrl}${search}`);
      await page.locator('figure.chart-frame').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.getByRole('button', { name: 'Save snapshot' }).click();
      await page.getByText(/^Saved “/).waitFor({ timeout: 30_000 });
    }
    await page.getByRole('button', { name: 'Snapshots (2)' }).click();
    const boxes = page.getByRole('checkbox', { name: /Include .* in the board pack/ });
    await boxes.first().waitFor();
    for (const box of await page
      .getByRole('checkbox', { name: /Include .* in the board pack/ })
      .all())
      await box.check();
    const pack = await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Download board pack (2)' }).click(),
    );
    const zip = unzipSync(new Uint8Array(pack.bytes));
    const index = strFromU8(zip['index.html']!);
    expect(index).toContain('2 saved comparisons');
    expect(index.match(/<section>/g)).toHaveLength(2);
    expect(Object.keys(zip).filter((n) => n.endsWith('/snapshot.json'))).toHaveLength(2);

    // The same two as PowerPoint: a title and a contents slide, then a slide per chart.
    const deck = await downloadFrom(page, () =>
      page.getByRole('button', { name: 'Board pack, PowerPoint (2)' }).click(),
    );
    expect(deck.name).toMatch(/^board-pack_\d{4}-\d{2}-\d{2}\.pptx$/);
    const pptx = unzipSync(new Uint8Array(deck.bytes));
    const charts = Object.keys(zip).filter((n) => n.endsWith('.csv')).length;
    const slides = Object.keys(pptx).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(2 + charts);
    expect(Object.keys(pptx).filter((n) => /^ppt\/media\/.+\.png$/.test(n))).toHaveLength(charts);
    await page.context().close();
  });

  it('a permalink reopens the view exactly in a fresh page, and the main comparison prints on one A4 page', async () => {
    const { page } = await openPage(browser, baseUrl);
    const link = `${baseUrl}?i=fingertips-90362&b=E09000012&bm=london&p=2019+-+21&sex=Male`;
    await page.goto(link);
    await page
      .getByRole('heading', { name: /Healthy life expectancy at birth: London boroughs ranked/ })
      .waitFor();
    await expect(page.getByRole('combobox', { name: 'Period' }).inputValue()).resolves.toBe(
      '2019 - 21',
    );
    await expect(page.getByRole('combobox', { name: 'Benchmark' }).inputValue()).resolves.toBe(
      'london',
    );
    await page.waitForLoadState('networkidle');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.context().close();
  });

  // Each view's main comparison on one A4 page at 8 pt or more; the overview's grid, too big for
  // one page at 8 pt, on several whole pages (its text size is checked in print-layout.test.ts).
  const prints = [
    ['?v=providers', 1],
    ['?v=parity&b=E09000012', 1],
    ['?v=profile&b=E09000012', 1],
    ['?v=overview', 'several'],
  ] as const;
  for (const [view, pages] of prints)
    it(`${view}: Print lays out the main comparison from its spec on ${pages} A4 page(s)`, async () => {
      const { page, problems } = await openPage(browser, baseUrl);
      await page.goto(`${baseUrl}${view}`);
      await page.locator('figure.chart-frame').first().waitFor();
      await page.waitForLoadState('networkidle');
      // The browser's print dialog is not ours to test: the page is printed to PDF instead.
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.getByRole('button', { name: 'Print' }).click();
      const images = page.locator('.print-figure img');
      await images.first().waitFor({ state: 'attached' });
      const count = await images.count();
      const title = await page.locator('figure.chart-frame h2').first().textContent();
      for (let i = 0; i < count; i++) {
        const alt = await images.nth(i).getAttribute('alt');
        expect(alt).toContain(title);
        expect(alt?.includes(`Page ${i + 1} of ${count}.`)).toBe(count > 1);
      }
      expect(count > 1).toBe(pages === 'several');
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(count);
      expect(problems).toEqual([]);
      await page.context().close();
    });
});

/**
 * npm run bench — prints speed and size figures for the built app (no assertions).
 *
 * - JavaScript size: every built .js file, raw and gzip (level 9), and the part fetched before
 *   the first chart.
 * - Time to first chart and JavaScript before it: cold loads (new browser context, empty cache)
 *   of the built app and of a baseline page of the same stack (scripts/bench/baseline: React,
 *   Recharts and PapaParse drawing one ranked chart from the same CSV), both served with the
 *   host's security headers, interleaved, 31 of each (15 with --quick); medians and the ratio
 *   Atlas ÷ baseline.
 * - JavaScript per view: gzip bytes each view fetches beyond the first.
 * - Indicator switch: from changing the "Indicator" picker to the frame after the new chart's
 *   heading appears, first visit (file fetched) and revisit (cached); median of 5 each.
 * - Providers measure switch on the shipped data; interactions (indicator, benchmark, borough,
 *   measure, pair) p95 to the next frame, as the browser's Event Timing measures a trusted key
 *   press or click (INP's measure) and to a message posted from the next frame; the JS heap
 *   after a session visiting every view.
 * - Cold loads of Overview, Providers and Parity from their links: first chart, live, JS and data.
 * - Snapshot bundle: "Download bundle" to the zip on the indicator view and the overview.
 * - Import (skipped with --quick): a generated 1,000,000-row Fingertips-format file through the
 *   importer vs plain PapaParse, and through "Load data" in Chromium with the longest main-thread task.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { launchChromium } from '../chromium';
import { benchBrowserLoad, benchImportThroughput } from './bench-import';
import { benchBoardPack, benchBundle } from './bench-bundle';
import { benchAgainstBaseline, buildBaseline } from './bench-baseline';
import { benchBytesPerView } from './bench-views';
import { benchOverviewSwitch } from './bench-overview';
import { benchProvidersSwitch } from './bench-providers';
import { benchHeap } from './bench-heap';

const root = resolve(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipOf = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : name.endsWith('.js') ? [path] : [];
  });
}

const bigFile = join(root, '.bench', 'synthetic-fingertips-1m.csv');

async function main() {
  if (!process.argv.includes('--quick')) await benchImportThroughput(root, bigFile);
  process.env.ATLAS_BUNDLED_ONLY = '1';
  await build({ root, logLevel: 'error' });
  const files = jsFiles(dist);
  const totalRaw = files.reduce((s, f) => s + statSync(f).size, 0);
  const totalGzip = files.reduce((s, f) => s + gzipOf(f), 0);
  console.log(
    `Built JavaScript: ${files.length} file(s), ${kb(totalRaw)} raw, ${kb(totalGzip)} gzip`,
  );

  const server = await preview({
    root,
    preview: { port: 4318, strictPort: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4318/';
  const browser = await launchChromium();
  try {
    const baselineDist = await buildBaseline(root);
    await benchAgainstBaseline(
      browser,
      { url, gzipOf: (p) => gzipOf(join(dist, p.replace(/^\//, ''))) },
      baselineDist,
      gzipOf,
      // Single loads on a shared 2-core machine vary by ±30%: medians of 7 moved by ±0.05.
      process.argv.includes('--quick') ? 15 : 31,
    );
    await benchBytesPerView(browser, url, (p) => gzipOf(join(dist, p.replace(/^\//, ''))));

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(url);
    await page.waitForSelector('html[data-app-ready] .ranked-bar__bar');
    // Sent as text: tsx's keep-names helper (__name) does not exist inside the page.
    const switchTo = (id: string): Promise<number> =>
      page.evaluate(`(async () => {
        const select = document.querySelector('#indicator-picker');
        const title = () => document.querySelector('.chart-frame__title')?.textContent ?? '';
        const before = title();
        const t0 = performance.now();
        select.value = ${JSON.stringify(id)};
        select.dispatchEvent(new Event('change', { bubbles: true }));
        while (title() === before) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      })()`);
    const ids = [
      'fingertips-848',
      'fingertips-21001',
      'fingertips-90362',
      'fingertips-40502',
      'fingertips-90813',
    ];
    const first: number[] = [];
    for (const id of ids) first.push(await switchTo(id));
    const again: number[] = [];
    for (const id of [...ids.slice(1), ids[0]!]) again.push(await switchTo(id));
    console.log(
      `Indicator switch to next frame, first visit (fetch + parse), median of 5: ${median(first).toFixed(0)} ms`,
    );
    console.log(
      `Indicator switch to next frame, cached, median of 5: ${median(again).toFixed(0)} ms (goal < 100 ms)`,
    );
    await page.close();
    await benchOverviewSwitch(browser, url);
    await benchProvidersSwitch(browser, dist);
    await benchHeap(browser, url);
    await benchBundle(browser, url, (p) => gzipOf(join(dist, p.replace(/^\//, ''))));
    await benchBoardPack(browser, url);
    if (!process.argv.includes('--quick')) await benchBrowserLoad(browser, url, bigFile);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

import type { Browser } from 'playwright-core';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Snapshot bundle build time: from "Download bundle" to the zip being offered, on the indicator
 * view (4 charts) and the overview (the rug), median of 3 each; plus the JavaScript the export
 * code fetches on first use (none of it is fetched before the first chart).
 */
export async function benchBundle(
  browser: Browser,
  url: string,
  gzipOf: (pathname: string) => number,
): Promise<void> {
  for (const [label, search] of [
    ['indicator view', '?i=fingertips-93722'],
    ['overview', '?v=overview'],
  ] as const) {
    const times: number[] = [];
    let exportBytes = 0;
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await page.goto(`${url}${search}`);
      await page.waitForSelector('figure.chart-frame');
      await page.waitForLoadState('networkidle');
      const scripts = new Set<string>();
      page.on(
        'response',
        // Only files of the build: a workbook's zip worker is made from a blob, not fetched.
        (r) =>
          r.request().resourceType() === 'script' &&
          !r.url().startsWith('blob:') &&
          scripts.add(new URL(r.url()).pathname),
      );
      const t0 = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: 'Download bundle' }).click(),
      ]);
      times.push(Date.now() - t0);
      await download.path();
      exportBytes = [...scripts].reduce((s, p) => s + gzipOf(p), 0);
      await context.close();
    }
    console.log(
      `Snapshot bundle of the ${label}, median of 3: ${median(times)} ms (goal < 2000 ms) [runs: ${times.join(', ')}]; export code fetched on first use: ${(exportBytes / 1024).toFixed(1)} KB gzip`,
    );
  }
}

/**
 * A board pack of five snapshots (indicator, overview, profile, parity, providers): saved one by
 * one, then "Download board pack (5)" to the zip being offered, timed once (goal < 5 s).
 */
export async function benchBoardPack(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const views = ['', '?v=overview', '?v=profile&pb=E09000012', '?v=parity', '?v=providers'];
  for (const search of views) {
    await page.goto(`${url}${search}`);
    await page.waitForSelector('figure.chart-frame');
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await page.getByText(/^Saved “/).waitFor({ timeout: 60_000 });
  }
  await page.getByRole('button', { name: `Snapshots (${views.length})` }).click();
  const boxes = page.getByRole('checkbox', { name: /Include .* in the board pack/ });
  await boxes.first().waitFor();
  for (const box of await boxes.all()) await box.check();
  const t0 = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: `Download board pack (${views.length})` }).click(),
  ]);
  const ms = Date.now() - t0;
  await download.path();
  console.log(`Board pack of ${views.length} snapshots, once: ${ms} ms (goal < 5000 ms)`);
  await context.close();
}

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { generateFingertipsFile } from './generate-fingertips-file';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface Measure {
  readonly mode: string;
  readonly rows: number;
  readonly ms: number;
  readonly maxRssMb: number;
}

/**
 * Import throughput on a generated 1,000,000-row Fingertips-format file (fixed seed): the app's
 * importer against plain PapaParse, each measurement in its own Node process running a
 * production bundle (Vite), interleaved and repeated, medians reported.
 */
export async function benchImportThroughput(root: string, file: string, rounds = 3): Promise<void> {
  await generateFingertipsFile(file, 1_000_000);
  const bundleDir = join(root, '.bench', 'dist');
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'error',
    build: {
      ssr: join(root, 'scripts/bench/import-throughput.ts'),
      outDir: bundleDir,
      emptyOutDir: true,
      target: 'node20',
    },
  });
  const run = (mode: string): Measure =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ['--max-old-space-size=8192', join(bundleDir, 'import-throughput.js'), mode, file],
        { encoding: 'utf8' },
      ),
    );
  const results: Record<string, Measure[]> = { papa: [], atlas: [], 'papa-records': [] };
  for (let i = 0; i < rounds; i++)
    for (const mode of ['papa', 'atlas'] as const) results[mode]!.push(run(mode));
  results['papa-records']!.push(run('papa-records'));
  const ms = (mode: string) => median(results[mode]!.map((r) => r.ms));
  const rss = (mode: string) => Math.max(...results[mode]!.map((r) => r.maxRssMb));
  const rate = (mode: string) => (results[mode]![0]!.rows / ms(mode)) * 1000;
  console.log(
    `Import of 1,000,000 generated Fingertips-format rows (${rounds} interleaved rounds, medians):`,
  );
  console.log(
    `  plain PapaParse (defaults, arrays):  ${ms('papa').toFixed(0)} ms, ${(rate('papa') / 1000).toFixed(0)}k rows/s, peak ${rss('papa').toFixed(0)} MB`,
  );
  console.log(
    `  PapaParse header: true (records):    ${ms('papa-records').toFixed(0)} ms (1 run), peak ${rss('papa-records').toFixed(0)} MB`,
  );
  console.log(
    `  Atlas importer (parse+validate+index): ${ms('atlas').toFixed(0)} ms, ${(rate('atlas') / 1000).toFixed(0)}k rows/s, peak ${rss('atlas').toFixed(0)} MB`,
  );
  console.log(
    `  throughput ratio vs plain PapaParse: ${(ms('papa') / ms('atlas')).toFixed(2)} (goal >= 0.8); vs header: true: ${(ms('papa-records') / ms('atlas')).toFixed(2)}`,
  );
}

/**
 * Loads the same file through the "Load data" control in headless Chromium and reports the
 * longest main-thread task (PerformanceObserver 'longtask') and the time until the report shows.
 */
export async function benchBrowserLoad(browser: Browser, url: string, file: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(url);
  await page.waitForSelector('html[data-app-ready] .ranked-bar__bar');
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => w.longTasks.push(e.duration)),
    ).observe({ type: 'longtask' });
  });
  const start = Date.now();
  await page.getByLabel('Load data').setInputFiles(file);
  await page.getByText('1,000,000 rows read', { exact: false }).waitFor({ timeout: 300_000 });
  const seconds = (Date.now() - start) / 1000;
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const longest = tasks.length ? Math.max(...tasks) : 0;
  console.log(
    `Loading it in Chromium through "Load data" (worker): ${seconds.toFixed(1)} s to the report; main-thread tasks over 50 ms: ${tasks.length}, longest ${longest.toFixed(0)} ms (goal < 50 ms)`,
  );
  await page.close();
}

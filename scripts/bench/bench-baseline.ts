import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { SECURITY_HEADERS } from '../vite/security-headers';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What marks each page's chart and its being live. */
const ATLAS_MARKS = { chart: '.ranked-bar__bar', ready: 'html[data-app-ready]' } as const;
const PROVIDERS_MARKS = { chart: '.funnel-mark', ready: 'html[data-app-ready]' } as const;
const BASELINE_MARKS = {
  chart: '.recharts-bar-rectangle',
  ready: '.recharts-bar-rectangle',
} as const;

/** Builds the baseline page (scripts/bench/baseline) with the same dependencies and CSV. */
export async function buildBaseline(root: string): Promise<string> {
  const out = join(root, '.bench', 'baseline-dist');
  await build({
    root: join(root, 'scripts', 'bench', 'baseline'),
    configFile: false,
    base: './',
    plugins: [react()],
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true, target: 'es2022' },
  });
  mkdirSync(join(out, 'data', 'indicators'), { recursive: true });
  cpSync(
    join(root, 'data', 'indicators', 'fingertips-90813.csv'),
    join(out, 'data', 'indicators', 'fingertips-90813.csv'),
  );
  return out;
}

interface ColdLoad {
  /** The first frame painted with a bar of the chart in it (ms from navigation). */
  readonly chartMs: number;
  /** The page is live: the Atlas has taken over its first view; the baseline drew its chart. */
  readonly readyMs: number;
  /** Gzip bytes of the scripts that had arrived by then. */
  readonly scriptBytesBeforeChart: number;
  readonly scriptBytesBeforeReady: number;
}

/**
 * Installed before any of the page's own scripts: stamps the first animation frame in which
 * `chart` matches (that frame is painted with the chart in it) and in which `ready` matches.
 * Sent as text: tsx's keep-names helper (__name) does not exist inside the page.
 */
const stampScript = (chart: string, ready: string) => `(() => {
  const stamps = (window.__benchStamps = {});
  // A chart in the page before the first contentful paint is first seen at that paint.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') stamps.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const look = () => {
    const now = performance.now();
    if (stamps.chart === undefined && document.querySelector(${JSON.stringify(chart)})) stamps.chart = now;
    if (stamps.ready === undefined && document.querySelector(${JSON.stringify(ready)})) stamps.ready = now;
    if (stamps.chart === undefined || stamps.ready === undefined || stamps.fcp === undefined) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;

/** How long a new window is left to start up before the load (see coldLoad). */
const SETTLE_MS = 500;

/** One cold load: a new context (empty cache), from navigation to the chart and to live. */
async function coldLoad(
  browser: Browser,
  page: { readonly url: string; readonly chart: string; readonly ready: string },
  gzipOf: (pathname: string) => number,
): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const tab = await context.newPage();
  await tab.addInitScript(stampScript(page.chart, page.ready));
  // A new context opens a new headless window, whose own interface (a WebUI renderer) starts up
  // for a few hundred milliseconds; loading at once would race it for the 2 cores. A user's link
  // opens in a browser already running, so each load starts once that has settled.
  await tab.waitForTimeout(SETTLE_MS);
  await tab.goto(page.url, { waitUntil: 'commit' });
  await tab.waitForFunction(
    () => {
      // Set by the init script above; the page's own types do not know it.
      const stamps = (window as unknown as { __benchStamps?: Record<string, number> })
        .__benchStamps;
      return stamps?.chart !== undefined && stamps.ready !== undefined && stamps.fcp !== undefined;
    },
    undefined,
    { polling: 100 },
  );
  const measured = (await tab.evaluate(`(() => ({
    ...window.__benchStamps,
    scripts: performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => ({ path: new URL(e.name).pathname, end: e.responseEnd })),
  }))()`)) as {
    chart: number;
    ready: number;
    fcp: number;
    scripts: { path: string; end: number }[];
  };
  await context.close();
  // Painted: the frame that first held the chart, or the first contentful paint if it held it.
  const chartMs = Math.max(measured.chart, measured.fcp);
  const bytesBy = (ms: number) =>
    measured.scripts.filter((s) => s.end <= ms).reduce((sum, s) => sum + gzipOf(s.path), 0);
  return {
    chartMs,
    readyMs: measured.ready,
    scriptBytesBeforeChart: bytesBy(chartMs),
    scriptBytesBeforeReady: bytesBy(measured.ready),
  };
}

/**
 * Time to first chart and JavaScript before it, for the Atlas and the baseline page, measured
 * interleaved (A B A B …) in one browser so both see the same machine load; prints medians and
 * the ratio Atlas ÷ baseline.
 */
export async function benchAgainstBaseline(
  browser: Browser,
  atlas: { readonly url: string; readonly gzipOf: (pathname: string) => number },
  baselineDist: string,
  baselineGzipOf: (file: string) => number,
  runs = 7,
): Promise<void> {
  const server = await preview({
    configFile: false,
    root: baselineDist,
    build: { outDir: baselineDist },
    // The same headers as the Atlas (those a real host sends): COOP alone makes a new tab start
    // a fresh renderer process, about 20 ms, which a bare baseline would not pay.
    preview: { port: 4319, strictPort: false, headers: { ...SECURITY_HEADERS } },
    logLevel: 'error',
  });
  const baselineUrl = server.resolvedUrls?.local[0] ?? 'http://localhost:4319/';
  const a: ColdLoad[] = [];
  const b: ColdLoad[] = [];
  // Providers from its link on the shipped data (every England provider): its first funnel mark.
  const providers: ColdLoad[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      a.push(await coldLoad(browser, { url: atlas.url, ...ATLAS_MARKS }, atlas.gzipOf));
      providers.push(
        await coldLoad(
          browser,
          { url: `${atlas.url}?v=providers`, ...PROVIDERS_MARKS },
          atlas.gzipOf,
        ),
      );
      b.push(
        await coldLoad(browser, { url: baselineUrl, ...BASELINE_MARKS }, (p) =>
          baselineGzipOf(join(baselineDist, p.replace(/^\//, ''))),
        ),
      );
    }
  } finally {
    await server.close();
  }
  const row = (label: string, of: (x: ColdLoad) => number, unit: (n: number) => string) => {
    const atlasValue = median(a.map(of));
    const baseValue = median(b.map(of));
    console.log(
      `${label}: Atlas ${unit(atlasValue)}, baseline ${unit(baseValue)}, ratio ${(atlasValue / baseValue).toFixed(2)}  [Atlas: ${a.map((x) => unit(of(x))).join(', ')}; baseline: ${b.map((x) => unit(of(x))).join(', ')}]`,
    );
  };
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(
    `Cold loads (new context, empty cache, its window settled first), interleaved A B A B…, both served with the host's security headers, median of ${runs}:`,
  );
  row('  Time to first chart (first frame painted with a bar)', (x) => x.chartMs, ms);
  row('  Time until live (Atlas: first view taken over)', (x) => x.readyMs, ms);
  row('  JavaScript arrived before the first chart (gzip)', (x) => x.scriptBytesBeforeChart, kb);
  row('  JavaScript before live (gzip; the goal is ≤ 1.2)', (x) => x.scriptBytesBeforeReady, kb);
  const funnel = median(providers.map((x) => x.chartMs));
  console.log(
    `  Providers (?v=providers, Talking Therapies, every England provider), first funnel mark: ${ms(funnel)}, ratio to the baseline's first chart ${(funnel / median(b.map((x) => x.chartMs))).toFixed(2)}  [${providers.map((x) => ms(x.chartMs)).join(', ')}]`,
  );
}

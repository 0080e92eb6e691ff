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
/** Each view's cold load from its link on the shipped data: its first chart mark, and live. */
const VIEW_LOADS = [
  { view: 'overview', label: 'Overview (every borough indicator)', chart: 'table.rug tbody tr' },
  {
    view: 'providers',
    label: 'Providers (Talking Therapies, every England provider)',
    chart: '.funnel-mark',
  },
  { view: 'parity', label: 'Parity (the first suggested pair)', chart: 'svg.scatter circle' },
] as const;
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
  /** Bytes of data files (under /data/) that had arrived by live, as sent. */
  readonly dataBytesBeforeReady: number;
  /** The start's phases (performance marks of src/app), ms from navigation. */
  readonly phases: Readonly<Record<string, number>>;
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
    data: performance.getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.includes('/data/'))
      .map((e) => ({ bytes: e.encodedBodySize, end: e.responseEnd })),
    phases: Object.fromEntries(performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith('atlas:')).map((m) => [m.name.slice(6), m.startTime])),
  }))()`)) as {
    chart: number;
    ready: number;
    fcp: number;
    scripts: { path: string; end: number }[];
    data: { bytes: number; end: number }[];
    phases: Record<string, number>;
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
    dataBytesBeforeReady: measured.data
      .filter((d) => d.end <= measured.ready)
      .reduce((sum, d) => sum + d.bytes, 0),
    phases: measured.phases,
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
  // Each other view from its link on the shipped data, in the same interleaving.
  const views = VIEW_LOADS.map(() => [] as ColdLoad[]);
  try {
    for (let run = 0; run < runs; run++) {
      a.push(await coldLoad(browser, { url: atlas.url, ...ATLAS_MARKS }, atlas.gzipOf));
      for (const [i, view] of VIEW_LOADS.entries())
        views[i]!.push(
          await coldLoad(
            browser,
            { url: `${atlas.url}?v=${view.view}`, chart: view.chart, ready: ATLAS_MARKS.ready },
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
  row('  Data before live (bytes as sent)', (x) => x.dataBytesBeforeReady, kb);
  const phaseNames = ['entry', 'app-code', 'catalogue', 'data-read', 'live'];
  console.log(
    `  The first view's start, medians (ms from navigation): ${phaseNames
      .map((name) => `${name} ${ms(median(a.map((x) => x.phases[name] ?? NaN)))}`)
      .join(
        ', ',
      )} (entry: the app's script runs; app-code: its code has arrived and run; catalogue: read; data-read: the first view's files read; live: the view hydrated, its handlers attached)`,
  );
  const floor = median(b.map((x) => x.chartMs));
  console.log(
    `  Each view from its link (goal: first chart within 2× the baseline's, ${ms(2 * floor)}):`,
  );
  for (const [i, view] of VIEW_LOADS.entries()) {
    const loads = views[i]!;
    const chart = median(loads.map((x) => x.chartMs));
    console.log(
      `    ${view.label}: first chart ${ms(chart)} (${(chart / floor).toFixed(2)}× the baseline's), live ${ms(median(loads.map((x) => x.readyMs)))}, JavaScript ${kb(median(loads.map((x) => x.scriptBytesBeforeReady)))} gzip, data ${kb(median(loads.map((x) => x.dataBytesBeforeReady)))}  [${loads.map((x) => ms(x.chartMs)).join(', ')}]`,
    );
  }
}

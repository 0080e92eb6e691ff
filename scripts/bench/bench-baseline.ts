import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

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
    join(root, 'data', 'indicators', 'fingertips-91096.csv'),
    join(out, 'data', 'indicators', 'fingertips-91096.csv'),
  );
  return out;
}

interface ColdLoad {
  readonly ms: number;
  readonly scriptBytes: number;
}

/** One cold load: a new context (empty cache), from navigation to the first bar drawn. */
async function coldLoad(
  browser: Browser,
  url: string,
  gzipOf: (pathname: string) => number,
): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on(
    'response',
    (r) => r.request().resourceType() === 'script' && scripts.add(new URL(r.url()).pathname),
  );
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelector('.recharts-bar-rectangle') !== null,
    undefined,
    { polling: 'raf' },
  );
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return { ms, scriptBytes: [...scripts].reduce((s, p) => s + gzipOf(p), 0) };
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
    preview: { port: 4319, strictPort: false },
    logLevel: 'error',
  });
  const baselineUrl = server.resolvedUrls?.local[0] ?? 'http://localhost:4319/';
  const a: ColdLoad[] = [];
  const b: ColdLoad[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      a.push(await coldLoad(browser, atlas.url, atlas.gzipOf));
      b.push(
        await coldLoad(browser, baselineUrl, (p) =>
          baselineGzipOf(join(baselineDist, p.replace(/^\//, ''))),
        ),
      );
    }
  } finally {
    await server.close();
  }
  const atlasMs = median(a.map((x) => x.ms));
  const baseMs = median(b.map((x) => x.ms));
  const atlasJs = a[0]?.scriptBytes ?? NaN;
  const baseJs = b[0]?.scriptBytes ?? NaN;
  console.log(
    `Time to first chart (cold load, interleaved, median of ${runs}): Atlas ${atlasMs.toFixed(0)} ms, baseline ${baseMs.toFixed(0)} ms, ratio ${(atlasMs / baseMs).toFixed(2)}  [Atlas: ${a.map((x) => x.ms.toFixed(0)).join(', ')}; baseline: ${b.map((x) => x.ms.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `JavaScript before the first chart: Atlas ${kb(atlasJs)} gzip, baseline ${kb(baseJs)} gzip, ratio ${(atlasJs / baseJs).toFixed(2)}`,
  );
}

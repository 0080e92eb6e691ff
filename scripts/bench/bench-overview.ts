import type { Browser } from 'playwright-core';
import { changeSelect } from './bench-interactions';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * The overview's frame time: from changing the Benchmark or Confidence level picker to the frame
 * after the rug has re-rendered (its first cell's name changes or the next frame is painted),
 * median of 6 alternating switches each.
 */
export async function benchOverviewSwitch(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${url}?v=overview`);
  await page.waitForSelector('.rug__cell button');
  const switchPicker = (label: string, value: string) => changeSelect(page, label, value);
  const benchmark: number[] = [];
  const ci: number[] = [];
  for (let i = 0; i < 6; i++) {
    benchmark.push((await switchPicker('Benchmark', i % 2 ? 'england' : 'london')).painted);
    ci.push((await switchPicker('Confidence level', i % 2 ? '95' : '99.8')).painted);
  }
  console.log(
    `Overview (15 indicators × 33 boroughs) switch to the next frame painted, median of 6: benchmark ${median(benchmark).toFixed(0)} ms, CI level ${median(ci).toFixed(0)} ms (goal < 100 ms)`,
  );
  await page.close();
}

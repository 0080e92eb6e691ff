import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { benchInteractions } from './bench-interactions';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * The Providers view's frame time on the shipped data (every organisation in England): from
 * changing the Measure picker to the frame
 * after the funnel's title changes, first visit (fetch + parse + funnel) and revisit (cached),
 * median of 5 each; then the over-dispersion picker, median of 6.
 */
export async function benchProvidersSwitch(browser: Browser, dist: string): Promise<void> {
  // The shipped data holds every England provider: the build is served as it is.
  const updated = dist;
  const server = await preview({
    build: { outDir: updated },
    preview: { port: 4338, strictPort: false },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4338/';
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await page.goto(`${url}?v=providers`);
    await page.waitForSelector('.funnel-mark');
    // Sent as text: tsx's keep-names helper (__name) does not exist inside the page.
    // Waits for the new funnel's title (not the loading message in between), then one frame.
    const change = (label: string, value: string, waitForTitle: boolean): Promise<number> =>
      page.evaluate(`(async () => {
        const field = [...document.querySelectorAll('label')].find((l) => l.textContent === ${JSON.stringify(label)});
        const select = document.getElementById(field.htmlFor);
        const title = () => document.querySelector('.chart-frame__title')?.textContent ?? '';
        const busy = () => document.querySelector('[aria-busy="true"]') !== null;
        const before = title();
        const t0 = performance.now();
        select.value = ${JSON.stringify(value)};
        select.dispatchEvent(new Event('change', { bubbles: true }));
        if (${waitForTitle})
          while (title() === before || title() === '' || busy())
            await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t0;
      })()`);
    const ids = [
      'nhstt-m192-monthly',
      'shmi-acute',
      'nhstt-annual-deterioration',
      'mhsds-mrs01b-provider',
      'nhstt-annual-recovery',
    ];
    const first: number[] = [];
    for (const id of ids) first.push(await change('Measure', id, true));
    const again: number[] = [];
    for (const id of [...ids.slice(1), ids[0]!]) again.push(await change('Measure', id, true));
    console.log(
      `Providers measure switch to next frame (full data), first visit (fetch + parse + funnel), median of 5: ${median(first).toFixed(0)} ms  [${first.map((t) => t.toFixed(0)).join(', ')}]`,
    );
    console.log(
      `Providers measure switch to next frame (full data), cached, median of 5: ${median(again).toFixed(0)} ms (goal < 100 ms)  [${again.map((t) => t.toFixed(0)).join(', ')}]`,
    );
    const dispersion: number[] = [];
    for (let i = 0; i < 6; i++)
      dispersion.push(
        await change(
          'Allow for over-dispersion',
          ['multiplicative', 'additive', 'off'][i % 3]!,
          false,
        ),
      );
    console.log(
      `Providers over-dispersion switch to next frame, median of 6: ${median(dispersion).toFixed(0)} ms`,
    );
    await benchInteractions(page, url);
  } finally {
    await page.close();
    await server.close();
  }
}

import type { Browser } from 'playwright-core';
import { changeSelect } from './bench-interactions';

const MEASURES = [
  'nhstt-annual-recovery',
  'shmi-acute',
  'nhstt-m192-monthly',
  'mhsds-mrs01b-provider',
  'nhstt-annual-deterioration',
];
const NAVIGATION = ['Overview', 'Indicator', 'Borough profile', 'Parity', 'Data and methods'];

/**
 * The JavaScript heap of one page after a working session on the shipped data: Providers opened
 * from its link, its measure switched 20 times (each new measure's file read), then every other
 * view visited from the navigation; measured after a forced garbage collection, against the
 * 100 MB goal.
 */
export async function benchHeap(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${url}?v=providers`);
    await page.waitForSelector('html[data-app-ready] .funnel-mark');
    for (let i = 0; i < 20; i++) {
      await changeSelect(page, 'Measure', MEASURES[i % MEASURES.length]!);
      // Each measure read and drawn before the next: no loading message left.
      await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    }
    for (const label of NAVIGATION) {
      await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = (await cdp.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      totalSize: number;
    };
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `JavaScript heap after Providers with 20 measure switches and every view visited, after garbage collection: ${mb(usedSize)} used of ${mb(totalSize)} (goal < 100 MB)`,
    );
  } finally {
    await page.close();
  }
}

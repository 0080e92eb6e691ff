import type { Browser } from 'playwright-core';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const VIEWS = {
  overview: 'Overview',
  profile: 'Borough profile',
  parity: 'Parity',
  providers: 'Providers',
  data: 'Data and methods',
} as const;

/**
 * The JavaScript each view costs: on a page opened at the default (indicator) view, the gzip
 * bytes of scripts fetched when each other view is opened, and the first view's own.
 */
export async function benchBytesPerView(
  browser: Browser,
  url: string,
  gzipOf: (pathname: string) => number,
): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const fetched = new Set<string>();
  page.on(
    'response',
    (r) => r.request().resourceType() === 'script' && fetched.add(new URL(r.url()).pathname),
  );
  await page.goto(url);
  await page.waitForSelector('html[data-app-ready] .ranked-bar__bar');
  const bytes = (paths: Iterable<string>) => [...paths].reduce((s, p) => s + gzipOf(p), 0);
  // The charts below the first screen are drawn once the view is live (the cold loads above
  // give the JavaScript before live).
  await page.waitForLoadState('networkidle');
  const parts = [`indicator (first view, with its trend chart) ${kb(bytes(fetched))}`];
  for (const [view, label] of Object.entries(VIEWS)) {
    const before = new Set(fetched);
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    await page.locator('main h1').waitFor();
    await page.waitForLoadState('networkidle');
    parts.push(`${view} +${kb(bytes([...fetched].filter((p) => !before.has(p))))}`);
  }
  console.log(`JavaScript per view (gzip, fetched when first opened): ${parts.join(', ')}`);
  await page.close();
}

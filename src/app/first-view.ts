import type { QueryClient } from '@tanstack/react-query';
import { isStandaloneBoroughIndicator } from '../domain';
import { catalogueQuery, indicatorDataQuery, referenceQuery } from '../data/use-atlas-data';
import { DEFAULT_URL_STATE, parseUrlState, serialiseUrlState } from '../state/url-state';

/**
 * The first view is the one a link without parameters opens: the indicator view on the
 * catalogue's first borough indicator. The build draws it into index.html (prerender), and the
 * browser takes that markup over (hydrates) once it holds the same data.
 */

/** Whether a page address opens the first view (no parameter, or only the defaults). */
export function opensFirstView(search: string): boolean {
  const { state, notices } = parseUrlState(search);
  return notices.length === 0 && serialiseUrlState(state) === serialiseUrlState(DEFAULT_URL_STATE);
}

/**
 * Reads everything the first view draws before it is drawn, into the query cache: the
 * catalogue, the reference tables and the first indicator's file. The same queries as the views'
 * hooks, so the first render finds them all and draws the chart, not "Loading…".
 */
export async function prefetchFirstView(client: QueryClient): Promise<void> {
  const catalogue = await client.fetchQuery(catalogueQuery());
  performance.mark('atlas:catalogue');
  const first = catalogue.indicators.find(isStandaloneBoroughIndicator);
  await Promise.all([
    client.prefetchQuery(referenceQuery(catalogue)),
    first && client.prefetchQuery(indicatorDataQuery(first, catalogue.root)),
  ]);
}

/**
 * A short fingerprint of the data the first view was drawn from (FNV-1a of the catalogue as
 * read): `data:update` after a build changes it, so the browser draws afresh instead of taking
 * over a chart of older data.
 */
export function firstViewFingerprint(client: QueryClient): string | undefined {
  const catalogue = client.getQueryData(catalogueQuery().queryKey);
  if (!catalogue) return undefined;
  const text = JSON.stringify(catalogue);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

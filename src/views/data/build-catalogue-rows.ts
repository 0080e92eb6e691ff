import {
  CI_METHODS,
  DOMAINS,
  LICENCES,
  POLARITIES,
  type Indicator,
  type IndicatorDomain,
  type IndicatorLevel,
} from '../../domain';

const LEVEL_NAMES: Record<IndicatorLevel, string> = {
  borough: 'Borough',
  provider: 'Provider',
  icb: 'ICB',
  ccg: 'Sub-ICB / CCG',
};

/** One row of the catalogue table: every field as the reader sees it. */
export interface CatalogueRow {
  readonly id: string;
  readonly name: string;
  readonly domain: IndicatorDomain;
  readonly domainName: string;
  readonly level: string;
  readonly unit: string;
  readonly polarity: string;
  readonly ciMethod: string;
  readonly publisher: string;
  readonly licence: string;
  readonly url: string;
  /** How `npm run data:update` refreshes it: the publisher's download host, or by hand. */
  readonly refresh: string;
  readonly periods: string;
  readonly latestPeriod: string;
  readonly intervals: string;
  readonly caveats: readonly string[];
  readonly releases: readonly string[];
  readonly yours: boolean;
}

const YOUR_FILE = / \(your file\)$/;

/** The catalogue as rows, published indicators first, each group in domain order. */
export function buildCatalogueRows(
  published: readonly Indicator[],
  yours: readonly Indicator[],
): CatalogueRow[] {
  const domainOrder = Object.keys(DOMAINS);
  const row = (indicator: Indicator, isYours: boolean): CatalogueRow => {
    const c = indicator.coverage;
    return {
      id: indicator.id,
      name: indicator.name.replace(YOUR_FILE, ''),
      domain: indicator.domain,
      domainName: DOMAINS[indicator.domain],
      level: LEVEL_NAMES[indicator.level],
      unit: indicator.unit,
      polarity: POLARITIES[indicator.polarity],
      ciMethod: CI_METHODS[indicator.ciMethod],
      publisher: indicator.source.publisher,
      licence: LICENCES[indicator.source.licence],
      url: indicator.source.url,
      refresh: indicator.source.downloadUrl
        ? `Refreshed by data:update from ${new URL(indicator.source.downloadUrl).host}`
        : isYours
          ? 'From your file'
          : 'No stable download address: refreshed by hand from the publisher’s page',
      periods: c
        ? c.periodCount === 1
          ? c.firstPeriod
          : `${c.periodCount} (${c.firstPeriod} to ${c.latestPeriod})`
        : 'Not recorded',
      latestPeriod: c?.latestPeriod ?? 'Not recorded',
      intervals: c ? (c.hasIntervals ? 'Yes' : 'No') : 'Not recorded',
      caveats: indicator.caveats,
      releases: (indicator.releases ?? []).map(
        (r) =>
          `${r.label}: ${r.periods.length > 0 ? r.periods.join(', ') : 'every period superseded'}`,
      ),
      yours: isYours,
    };
  };
  const byDomain = (a: CatalogueRow, b: CatalogueRow) =>
    domainOrder.indexOf(a.domain) - domainOrder.indexOf(b.domain) || a.name.localeCompare(b.name);
  return [
    ...published.map((i) => row(i, false)).sort(byDomain),
    ...yours.map((i) => row(i, true)).sort(byDomain),
  ];
}

/** Rows whose name, publisher, unit, domain or level contain every word of the query. */
export function filterCatalogueRows(rows: readonly CatalogueRow[], query: string): CatalogueRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const text = [
      r.name,
      r.publisher,
      r.unit,
      r.domainName,
      r.level,
      r.id,
      r.yours ? 'your file' : '',
    ]
      .join(' ')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

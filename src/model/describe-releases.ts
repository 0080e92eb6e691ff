import { releasesForPeriod, type Indicator } from '../domain';

/** "from <release>" for the chosen period, when the series is made of more than one release. */
export function releaseOfPeriod(
  indicator: Indicator,
  periodLabel: string | undefined,
): string | undefined {
  if (!indicator.releases || periodLabel === undefined) return undefined;
  const labels = releasesForPeriod(indicator, periodLabel).map((r) => r.label);
  return labels.length > 0 ? `from ${labels.join(' and ')}` : undefined;
}

/**
 * One sentence per release for the "About" text: which periods each supplies, first to last
 * as listed, and which releases were wholly superseded by a newer one.
 */
export function describeReleases(indicator: Indicator): string[] {
  return (indicator.releases ?? []).map((r) => {
    if (r.periods.length === 0)
      return `${r.label}: every period superseded by a newer release (${r.extractedFrom}).`;
    const span = r.periods.length === 1 ? r.periods[0] : `${r.periods[0]} to ${r.periods.at(-1)}`;
    return `${r.label}: ${r.periods.length} period${r.periods.length === 1 ? '' : 's'} (${span}), from ${r.extractedFrom}.`;
  });
}

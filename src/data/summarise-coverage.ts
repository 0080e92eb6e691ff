import { comparePeriods, type DataPoint, type IndicatorCoverage } from '../domain';

/**
 * What an indicator's data holds, for the catalogue: how many periods, the first and latest,
 * and whether any published value has an interval or the counts to compute one.
 */
export function summariseCoverage(points: readonly DataPoint[]): IndicatorCoverage | undefined {
  const withValue = points.filter((p) => p.value !== null);
  if (withValue.length === 0) return undefined;
  const periods = [...new Map(withValue.map((p) => [p.period.label, p.period])).values()].sort(
    comparePeriods,
  );
  const first = periods[0]!;
  const latest = periods.at(-1)!;
  return {
    periodCount: periods.length,
    firstPeriod: first.label,
    latestPeriod: latest.label,
    ...(latest.end && { latestEnd: latest.end }),
    hasIntervals: withValue.some(
      (p) => p.ci95 !== undefined || (p.count !== undefined && p.denominator !== undefined),
    ),
  };
}

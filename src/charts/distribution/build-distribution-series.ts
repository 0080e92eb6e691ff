import {
  comparePeriods,
  ENGLAND,
  LONDON,
  type BenchmarkKey,
  type DataPoint,
  type Sex,
} from '../../domain';
import { quartiles } from '../../stats';

export interface PeriodDistribution {
  readonly period: string;
  readonly n: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  readonly benchmark: number | null;
}

/**
 * The spread of London's boroughs in each period (min, PERCENTILE.INC quartiles, max) with the
 * benchmark, oldest first. Periods with fewer than 5 borough values are left out.
 */
export function buildDistributionSeries(
  points: readonly DataPoint[],
  sex: Sex,
  benchmark: BenchmarkKey,
): PeriodDistribution[] {
  const ofSex = points.filter((p) => p.sex === sex);
  const periods = [...new Map(ofSex.map((p) => [p.period.label, p.period])).values()].sort(
    comparePeriods,
  );
  const benchmarkCode = benchmark === 'london' ? LONDON : ENGLAND;
  return periods.flatMap((period) => {
    const inPeriod = ofSex.filter((p) => p.period.label === period.label);
    const values = inPeriod.flatMap((p) =>
      p.code.startsWith('E09') && p.value !== null ? [p.value] : [],
    );
    if (values.length < 5) return [];
    const q = quartiles(values);
    return [
      {
        period: period.label,
        n: values.length,
        min: Math.min(...values),
        max: Math.max(...values),
        ...q,
        benchmark: inPeriod.find((p) => p.code === benchmarkCode)?.value ?? null,
      },
    ];
  });
}

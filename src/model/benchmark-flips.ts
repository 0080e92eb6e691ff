import type { DataPoint, Indicator } from '../domain';
import { compareWithBenchmark } from '../stats';
import { intervalForPoint } from './interval-for-point';

/**
 * How many areas' verdicts (95% interval against the benchmark, the indicator's polarity) change
 * when a benchmark value goes from `before` to `after` in one period and sex, out of how many
 * could be compared: what a replaced England or London value does to a view.
 */
export function benchmarkFlips(
  indicator: Indicator,
  points: readonly DataPoint[],
  where: { readonly code: string; readonly period: string; readonly sex: string },
  before: number | null,
  after: number | null,
): { readonly flipped: number; readonly compared: number } {
  let flipped = 0;
  let compared = 0;
  for (const p of points) {
    if (p.code === where.code || p.period.label !== where.period || p.sex !== where.sex) continue;
    if (!p.code.startsWith('E09') || p.value === null) continue;
    const found = intervalForPoint(p, indicator, '95');
    if (!('interval' in found)) continue;
    const verdict = (benchmark: number | null) =>
      compareWithBenchmark({ value: p.value, ci95: found.interval }, benchmark, {
        method: 'ci-overlap',
        polarity: indicator.polarity,
        confidence: 0.95,
      }).kind;
    compared++;
    if (verdict(before) !== verdict(after)) flipped++;
  }
  return { flipped, compared };
}

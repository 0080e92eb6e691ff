import type { AreaComparison, Indicator, Interval } from '../domain';
import { rankIntervalsFromIntervals } from '../stats';

/**
 * Each ranked unit's 95% rank interval (stats/rank-intervals.ts: a seeded parametric bootstrap
 * from each value's 95% confidence interval, Goldstein & Spiegelhalter 1996), in the ranking's
 * own direction: 1 = best where polarity judges, 1 = highest otherwise, as `rank` is. Only where
 * every unit with a value has a 95% interval; otherwise the rows are returned unchanged, since a
 * unit drawn without uncertainty would narrow every other unit's interval.
 */
export function withRankIntervals(
  rows: readonly AreaComparison[],
  indicator: Pick<Indicator, 'polarity'>,
  intervals95: ReadonlyMap<string, Interval>,
): readonly AreaComparison[] {
  const ranked = rows.filter((r) => r.rank !== undefined && r.value !== null);
  if (ranked.length < 2 || ranked.some((r) => !intervals95.has(r.code))) return rows;
  const drawn = rankIntervalsFromIntervals(
    ranked.map((r) => ({ code: r.code, value: r.value!, ...intervals95.get(r.code)! })),
  );
  const n = ranked.length;
  const lowIsBest = indicator.polarity === 'low-is-good';
  const byCode = new Map(
    drawn.map((d) => [
      d.code,
      lowIsBest
        ? { lower: n + 1 - d.upper, upper: n + 1 - d.lower }
        : { lower: d.lower, upper: d.upper },
    ]),
  );
  return rows.map((r) => {
    const rankInterval = r.rank !== undefined ? byCode.get(r.code) : undefined;
    return rankInterval ? { ...r, rankInterval } : r;
  });
}

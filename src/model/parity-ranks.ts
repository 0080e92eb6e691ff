import type { AreaComparison, Indicator, Interval } from '../domain';
import { rankIntervals, rankIntervalsFromIntervals, type RankInterval } from '../stats';

export interface RankRow {
  readonly code: string;
  readonly name: string;
  readonly selected: boolean;
  /** 1 = best (or highest, for an indicator with no judgement) among the boroughs compared. */
  readonly mentalRank: number;
  readonly physicalRank: number;
  readonly mentalInterval?: Interval;
  readonly physicalInterval?: Interval;
  /** Mental rank minus physical rank: positive where the borough ranks worse on mental health. */
  readonly gap: number;
  /** The two rank intervals do not overlap; undefined where either has no interval. */
  readonly significant?: boolean;
}

export interface RankComparison {
  readonly rows: readonly RankRow[];
  /** Why rank intervals could not be computed for an indicator, if they could not. */
  readonly missingIntervals: readonly string[];
  readonly significantCount: number;
}

type Row = Pick<
  AreaComparison,
  'code' | 'name' | 'value' | 'interval' | 'count' | 'denominator' | 'selected'
>;

/** Ranks with 95% rank intervals, oriented so 1 is best where the indicator judges. */
function rankSide(
  indicator: Indicator,
  rows: readonly Row[],
): { ranks: Map<string, RankInterval>; missing?: string } {
  const withValue = rows.filter((r): r is Row & { value: number } => r.value !== null);
  let ranks: RankInterval[];
  let missing: string | undefined;
  if (withValue.every((r) => r.interval))
    ranks = rankIntervalsFromIntervals(
      withValue.map((r) => ({
        code: r.code,
        value: r.value,
        lower: r.interval!.lower,
        upper: r.interval!.upper,
      })),
    );
  else if (withValue.every((r) => r.count !== undefined && r.denominator))
    ranks = rankIntervals(
      withValue.map((r) => ({ code: r.code, count: r.count!, denominator: r.denominator! })),
    );
  else {
    missing = `${indicator.shortName} has no published intervals or counts`;
    const order = [...withValue].sort((a, b) => b.value - a.value);
    ranks = order.map((r, i) => ({ code: r.code, rank: i + 1, lower: NaN, upper: NaN }));
  }
  const n = withValue.length;
  const flip = indicator.polarity === 'low-is-good';
  return {
    ranks: new Map(
      ranks.map((r) => [
        r.code,
        flip
          ? { code: r.code, rank: n + 1 - r.rank, lower: n + 1 - r.upper, upper: n + 1 - r.lower }
          : r,
      ]),
    ),
    ...(missing && { missing }),
  };
}

/**
 * Each borough's London rank on the mental and on the physical indicator, with 95% rank
 * intervals (seeded bootstraps in stats/), sorted by the gap between the two ranks. A parity gap
 * is called significant only where the two rank intervals do not overlap.
 */
export function compareRanks(
  mental: { readonly indicator: Indicator; readonly rows: readonly Row[] },
  physical: { readonly indicator: Indicator; readonly rows: readonly Row[] },
): RankComparison {
  const codes = new Set(physical.rows.filter((r) => r.value !== null).map((r) => r.code));
  const both = (rows: readonly Row[]) =>
    rows.filter(
      (r) =>
        r.value !== null &&
        codes.has(r.code) &&
        mental.rows.some((m) => m.code === r.code && m.value !== null),
    );
  if (both(mental.rows).length < 2) return { rows: [], missingIntervals: [], significantCount: 0 };
  const m = rankSide(mental.indicator, both(mental.rows));
  const p = rankSide(physical.indicator, both(physical.rows));
  const interval = (r: RankInterval | undefined) =>
    r && Number.isFinite(r.lower) ? { lower: r.lower, upper: r.upper } : undefined;
  const rows = both(mental.rows).map((row): RankRow => {
    const mr = m.ranks.get(row.code)!;
    const pr = p.ranks.get(row.code)!;
    const mi = interval(mr);
    const pi = interval(pr);
    return {
      code: row.code,
      name: row.name,
      selected: row.selected,
      mentalRank: mr.rank,
      physicalRank: pr.rank,
      ...(mi && { mentalInterval: mi }),
      ...(pi && { physicalInterval: pi }),
      gap: mr.rank - pr.rank,
      ...(mi && pi && { significant: mi.upper < pi.lower || pi.upper < mi.lower }),
    };
  });
  rows.sort((a, b) => b.gap - a.gap || a.name.localeCompare(b.name));
  return {
    rows,
    missingIntervals: [m.missing, p.missing].filter((x): x is string => x !== undefined),
    significantCount: rows.filter((r) => r.significant).length,
  };
}

import { scaleLinear } from 'd3-scale';
import {
  combinedAreaContaining,
  comparePeriods,
  ENGLAND,
  LONDON,
  type Area,
  type BenchmarkKey,
  type DataPoint,
  type Period,
  type Polarity,
  type Sex,
} from '../../domain';
import {
  gapTrend,
  recentTrend,
  type GapTrend,
  type RecentTrend,
  type TrendPoint,
} from '../../stats';

/** Okabe & Ito's colour-blind-safe categorical palette; each line also has its own dash and marker. */
export const LINE_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9'] as const;
const DASHES = ['', '8 3', '2 3', '10 3 2 3', '4 4'] as const;
export const MAX_TREND_BOROUGHS = LINE_COLOURS.length;

export interface TrendLine {
  readonly key: string;
  readonly name: string;
  readonly colour: string;
  readonly dash: string;
  readonly isBenchmark: boolean;
  readonly trend: RecentTrend;
  /** Boroughs only: is the gap to the benchmark closing? */
  readonly gap?: GapTrend;
}

export interface TrendSeries {
  /** One row per period, oldest first: `{ period, [key]: value, [key + 'Ci']: [lower, upper] }`. */
  readonly data: readonly Record<string, string | number | readonly [number, number] | null>[];
  readonly lines: readonly TrendLine[];
  readonly hasIntervals: boolean;
  readonly benchmarkName: string;
}

export interface PeriodIndex {
  /** Oldest first. */
  readonly periods: readonly Period[];
  /** Points by code, then by period label. */
  readonly byCode: ReadonlyMap<string, ReadonlyMap<string, DataPoint>>;
}

/** The periods of some points, oldest first, and each code's point in each period. */
export function indexByPeriod(points: readonly DataPoint[]): PeriodIndex {
  const periods = [...new Map(points.map((p) => [p.period.label, p.period])).values()].sort(
    comparePeriods,
  );
  const byCode = new Map<string, Map<string, DataPoint>>();
  for (const p of points) {
    let m = byCode.get(p.code);
    if (!m) byCode.set(p.code, (m = new Map()));
    m.set(p.period.label, p);
  }
  return { periods, byCode };
}

/** The chart's rows: one per period, each line's value and its interval (`<key>Ci`) where known. */
export function trendData(
  periods: PeriodIndex['periods'],
  byCode: PeriodIndex['byCode'],
  lines: readonly Pick<TrendLine, 'key'>[],
  intervalOf: (point: DataPoint) => { readonly lower: number; readonly upper: number } | undefined,
): TrendSeries['data'] {
  return periods.map((period) => {
    const row: Record<string, string | number | readonly [number, number] | null> = {
      period: period.label,
    };
    for (const line of lines) {
      const p = byCode.get(line.key)?.get(period.label);
      row[line.key] = p?.value ?? null;
      const ci = p && intervalOf(p);
      if (ci) row[`${line.key}Ci`] = [ci.lower, ci.upper];
    }
    return row;
  });
}

const toTrendPoint = (p: DataPoint | undefined): TrendPoint =>
  p
    ? { value: p.value, ...(p.ci95 && { lower: p.ci95.lower, upper: p.ci95.upper }) }
    : { value: null };

/**
 * Values over time for the selected boroughs (up to 5), London and England, with 95% CI bands,
 * each line's recent trend (Fingertips' rule) and, for boroughs, whether the gap to the
 * benchmark is closing. Pure: domain points in, chart props out.
 */
export function buildTrendSeries(input: {
  readonly points: readonly DataPoint[];
  readonly sex: Sex;
  readonly boroughs: readonly Area[];
  readonly selected: readonly string[];
  readonly polarity: Polarity;
  readonly benchmark: BenchmarkKey;
}): TrendSeries {
  const { periods, byCode: own } = indexByPeriod(input.points.filter((p) => p.sex === input.sex));
  // A borough published only within a combined area (Hackney with the City of London) takes the
  // combined value, as its ranked chart and map do, and its line's name says so.
  const byCode = new Map(own);
  const combinedUsed = new Map<string, string>();
  for (const b of input.boroughs) {
    const combined = combinedAreaContaining(b.code);
    const shared = combined && own.get(combined.code);
    if (!combined || !shared) continue;
    const merged = new Map(shared);
    for (const [period, point] of own.get(b.code) ?? []) merged.set(period, point);
    if (merged.size > (own.get(b.code)?.size ?? 0)) combinedUsed.set(b.code, combined.name);
    byCode.set(b.code, merged);
  }
  const seriesOf = (code: string) =>
    periods.map((period) => toTrendPoint(byCode.get(code)?.get(period.label)));
  const benchmarkCode = input.benchmark === 'london' ? LONDON : ENGLAND;
  const benchmarkSeries = seriesOf(benchmarkCode);
  const chosen = input.boroughs
    .filter((b) => input.selected.includes(b.code))
    .slice(0, MAX_TREND_BOROUGHS);

  const lines: TrendLine[] = [
    ...chosen.map((b, i) => ({
      key: b.code,
      name: combinedUsed.has(b.code)
        ? `${b.name} (value for ${combinedUsed.get(b.code)} combined)`
        : b.name,
      colour: LINE_COLOURS[i]!,
      dash: DASHES[i]!,
      isBenchmark: false,
      trend: recentTrend(seriesOf(b.code), input.polarity),
      gap: gapTrend(seriesOf(b.code), benchmarkSeries),
    })),
    ...[
      [LONDON, 'London', '#505a5f', '3 3'],
      [ENGLAND, 'England', '#0b0c0c', '12 4'],
    ]
      .filter(([code]) => byCode.has(code!))
      .map(([code, name, colour, dash]) => ({
        key: code!,
        name: name!,
        colour: colour!,
        dash: dash!,
        isBenchmark: true,
        trend: recentTrend(seriesOf(code!), input.polarity),
      })),
  ];

  const data = trendData(periods, byCode, lines, (p) => p.ci95);
  return {
    data,
    lines,
    hasIntervals: data.some((row) => lines.some((l) => row[`${l.key}Ci`])),
    benchmarkName: input.benchmark === 'london' ? 'London' : 'England',
  };
}

/** "Increasing and getting worse", "No significant change", "Cannot be calculated (…)". */
export function describeTrend(trend: RecentTrend): string {
  switch (trend.kind) {
    case 'cannot-be-calculated':
      return `Cannot be calculated (${trend.reason})`;
    case 'no-significant-change':
      return 'No significant change';
    default:
      return `${trend.kind === 'increasing' ? 'Increasing' : 'Decreasing'}${trend.judgement ? ` and getting ${trend.judgement}` : ''}`;
  }
}

export function describeGap(gap: GapTrend | undefined, benchmarkName: string): string {
  if (!gap) return '–';
  if (gap.kind === 'cannot-be-calculated') return `Cannot be calculated (${gap.reason})`;
  if (gap.kind === 'no-significant-change')
    return `No significant change in the gap to ${benchmarkName}`;
  return `The gap to ${benchmarkName} is ${gap.kind}`;
}

/**
 * The value axis's span: every line's values and intervals (so no band is cut off), rounded
 * out to nice ticks (d3-scale).
 */
export function trendValueDomain(series: Pick<TrendSeries, 'data'>): readonly [number, number] {
  const values = series.data.flatMap((row) =>
    Object.entries(row).flatMap(([key, v]) =>
      key === 'period' ? [] : typeof v === 'number' ? [v] : Array.isArray(v) ? [...v] : [],
    ),
  );
  if (values.length === 0) return [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const [lo, hi] = scaleLinear()
    .domain([min, max === min ? min + 1 : max])
    .nice(5)
    .domain() as [number, number];
  return [lo, hi];
}

/** Nice ticks across that span (d3-scale), so the axis does not end on an odd extra tick. */
export const trendValueTicks = (domain: readonly [number, number]): number[] =>
  scaleLinear().domain([domain[0], domain[1]]).ticks(5);

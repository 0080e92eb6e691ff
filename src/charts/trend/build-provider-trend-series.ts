import { ENGLAND, type DataPoint, type Indicator } from '../../domain';
import { intervalForPoint } from '../../model/interval-for-point';
import { recentTrend, type TrendPoint } from '../../stats';
import {
  indexByPeriod,
  LINE_COLOURS,
  trendData,
  type TrendLine,
  type TrendSeries,
} from './build-trend-series';
import { CHART_COLOURS as C } from '../shared/chart-colours';

const DASHES = ['', '8 3', '2 3', '10 3 2 3'] as const;

/**
 * One organisation over time (monthly where published), its predecessors as lines of their own,
 * and England; 95% bands from published intervals or Wilson/Poisson from counts; each line's
 * recent trend by Fingertips' rule. Pure: points in, the trend chart's props out.
 */
export function buildProviderTrendSeries(input: {
  readonly indicator: Indicator;
  readonly points: readonly DataPoint[];
  /** The chosen organisation first, then its predecessors. */
  readonly lines: readonly { readonly code: string; readonly name: string }[];
}): TrendSeries {
  const { indicator } = input;
  const codes = [...input.lines.map((l) => l.code), ENGLAND];
  const mine = input.points.filter((p) => codes.includes(p.code) && p.sex === 'Persons');
  const { periods, byCode } = indexByPeriod(mine);
  const ciOf = (p: DataPoint | undefined) => {
    if (!p) return undefined;
    const found = intervalForPoint(p, indicator, '95');
    return 'interval' in found ? found.interval : undefined;
  };
  const seriesOf = (code: string): TrendPoint[] =>
    periods.map((period) => {
      const p = byCode.get(code)?.get(period.label);
      const ci = ciOf(p);
      return { value: p?.value ?? null, ...(ci && { lower: ci.lower, upper: ci.upper }) };
    });
  const lines: TrendLine[] = [
    ...input.lines
      .filter((l) => byCode.has(l.code))
      .map((l, i) => ({
        key: l.code,
        name: l.name,
        colour: LINE_COLOURS[i % LINE_COLOURS.length]!,
        dash: DASHES[i % DASHES.length]!,
        isBenchmark: false,
        trend: recentTrend(seriesOf(l.code), indicator.polarity),
      })),
    ...(byCode.has(ENGLAND)
      ? [
          {
            key: ENGLAND,
            name: 'England',
            colour: C.ink,
            dash: '12 4',
            isBenchmark: true,
            trend: recentTrend(seriesOf(ENGLAND), indicator.polarity),
          },
        ]
      : []),
  ];
  const data = trendData(periods, byCode, lines, ciOf);
  return {
    data,
    lines,
    hasIntervals: data.some((row) => lines.some((l) => row[`${l.key}Ci`])),
    benchmarkName: 'England',
  };
}

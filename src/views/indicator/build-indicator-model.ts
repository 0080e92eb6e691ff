import {
  BENCHMARKS,
  comparePeriods,
  ENGLAND,
  LONDON,
  type Area,
  type AreaComparison,
  type BenchmarkKey,
  type ComparisonMethod,
  type DataPoint,
  type Indicator,
  type Interval,
  type Period,
  type Sex,
} from '../../domain';
import { compareWithBenchmark } from '../../stats';
import type { CiLevel } from '../../state/url-state';

export interface IndicatorModelInput {
  readonly indicator: Indicator;
  readonly points: readonly DataPoint[];
  readonly boroughs: readonly Area[];
  readonly selected: readonly string[];
  readonly benchmark: BenchmarkKey;
  readonly ci: CiLevel;
  readonly period?: string;
  readonly sex?: Sex;
}

export interface IndicatorModel {
  /** Newest first. */
  readonly periods: readonly Period[];
  readonly period: Period | undefined;
  readonly sexes: readonly Sex[];
  readonly sex: Sex;
  /** Ranked best first (highest first for no-judgement); areas without a value last. */
  readonly rows: readonly AreaComparison[];
  readonly benchmarkName: string;
  readonly benchmarkValue: number | null;
  readonly references: readonly { readonly label: string; readonly value: number }[];
  readonly method: ComparisonMethod;
  readonly notices: readonly string[];
}

const intervalAt = (point: DataPoint, ci: CiLevel): Interval | undefined =>
  ci === '99.8' ? point.ci998 : point.ci95;

/**
 * Everything the indicator view shows for one indicator, period and sex: the 33 boroughs
 * ranked with their comparison to the chosen benchmark. Comparisons use confidence intervals
 * where the data has them and quintiles within London where it has none (methods.md).
 */
export function buildIndicatorModel(input: IndicatorModelInput): IndicatorModel {
  const { indicator, points, boroughs, benchmark, ci } = input;
  const notices: string[] = [];

  const sexes = [...new Set(points.map((p) => p.sex))].sort();
  const sex =
    input.sex && sexes.includes(input.sex)
      ? input.sex
      : sexes.includes('Persons')
        ? 'Persons'
        : (sexes[0] ?? 'Persons');
  if (input.sex && input.sex !== sex)
    notices.push(`${indicator.shortName} has no ${input.sex} data; showing ${sex}.`);
  const ofSex = points.filter((p) => p.sex === sex);

  const periods = uniquePeriods(ofSex).reverse();
  const period = periods.find((p) => p.label === input.period) ?? periods[0];
  if (input.period && period && input.period !== period.label)
    notices.push(
      `${indicator.shortName} has no period "${input.period}"; showing the latest, ${period.label}.`,
    );

  const inPeriod = new Map(
    ofSex.filter((p) => p.period.label === period?.label).map((p) => [p.code as string, p]),
  );
  const englandValue = inPeriod.get(ENGLAND)?.value ?? null;
  const londonValue = inPeriod.get(LONDON)?.value ?? null;
  const benchmarkValue = benchmark === 'london' ? londonValue : englandValue;
  const benchmarkName = BENCHMARKS[benchmark];

  const boroughPoints = boroughs.map((area) => ({ area, point: inPeriod.get(area.code) }));
  const hasIntervals = boroughPoints.some(({ point }) => point && intervalAt(point, ci));
  const method: ComparisonMethod = hasIntervals ? 'ci-overlap' : 'quintiles';
  const values = boroughPoints.flatMap(({ point }) => (point?.value == null ? [] : [point.value]));
  if (method === 'ci-overlap' && benchmarkValue === null)
    notices.push(
      `No ${benchmarkName} value is published for ${indicator.shortName} in ${period?.label ?? 'this period'}, so boroughs are not compared with it.`,
    );

  const selected = new Set(input.selected);
  const rows = boroughPoints.map(({ area, point }): AreaComparison => {
    const interval = point && intervalAt(point, ci);
    const outcome = point
      ? compareWithBenchmark(point, benchmarkValue, {
          method,
          polarity: indicator.polarity,
          confidence: ci === '99.8' ? 0.998 : 0.95,
          values,
        })
      : ({ kind: 'not-compared', reason: 'no data for this period' } as const);
    return {
      code: area.code,
      name: area.name,
      value: point?.value ?? null,
      ...(interval && { interval }),
      outcome,
      selected: selected.has(area.code),
      ...(point?.count !== undefined && { count: point.count }),
      ...(point?.denominator !== undefined && { denominator: point.denominator }),
      note: point ? point.note : 'No row for this area in the published data',
      ...(point?.publishedComparison && { publishedComparison: point.publishedComparison }),
    };
  });

  const references = [
    ...(englandValue !== null ? [{ label: 'England', value: englandValue }] : []),
    ...(londonValue !== null ? [{ label: 'London', value: londonValue }] : []),
  ];
  return {
    periods,
    period,
    sexes,
    sex,
    rows: rankRows(rows, indicator),
    benchmarkName,
    benchmarkValue,
    references,
    method,
    notices,
  };
}

function uniquePeriods(points: readonly DataPoint[]): Period[] {
  const byLabel = new Map(points.map((p) => [p.period.label, p.period]));
  return [...byLabel.values()].sort(comparePeriods);
}

/** Best first where polarity judges, highest first otherwise; ties by name; missing last. */
function rankRows(rows: readonly AreaComparison[], indicator: Indicator): AreaComparison[] {
  const direction = indicator.polarity === 'low-is-good' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (a.value === null || b.value === null)
      return a.value === null ? (b.value === null ? a.name.localeCompare(b.name) : 1) : -1;
    return (a.value - b.value) * direction || a.name.localeCompare(b.name);
  });
}

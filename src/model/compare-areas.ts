import {
  BENCHMARKS,
  COMBINED_AREAS,
  comparePeriods,
  ENGLAND,
  LONDON,
  type AreaComparison,
  type BenchmarkKey,
  type BenchmarkOutcome,
  type CiLevel,
  type ComparisonMethod,
  type DataPoint,
  type Indicator,
  type Period,
  type Sex,
} from '../domain';
import { compareWithBenchmark, MIN_VALUES_FOR_QUINTILES, quintileOf } from '../stats';
import { intervalForPoint } from './interval-for-point';
import { publishedVerdict } from './published-verdict';
import { withRankIntervals } from './rank-interval-rows';

/** A unit being compared: a borough, ICB, sub-ICB location or provider, from the reference tables. */
interface ComparedUnit {
  readonly code: string;
  readonly name: string;
}

export interface CompareAreasInput {
  readonly indicator: Indicator;
  readonly points: readonly DataPoint[];
  readonly units: readonly ComparedUnit[];
  readonly selected: readonly string[];
  readonly benchmark: BenchmarkKey;
  readonly ci: CiLevel;
  readonly period?: string;
  readonly sex?: Sex;
  /** Also give each rank its 95% interval (a bootstrap: asked for by one-indicator views only). */
  readonly rankIntervals?: boolean;
}

export interface AreasComparison {
  /** Newest first. */
  readonly periods: readonly Period[];
  readonly period: Period | undefined;
  readonly sexes: readonly Sex[];
  readonly sex: Sex;
  /** Ranked best first (highest first for no-judgement); units without a value last. */
  readonly rows: readonly AreaComparison[];
  readonly benchmarkName: string;
  readonly benchmarkValue: number | null;
  /** Reference lines that exist for this period: no entry for a value not published. */
  readonly references: readonly { readonly label: string; readonly value: number }[];
  /** How verdicts were made: by confidence interval, or none (quintile placement only). */
  readonly method: ComparisonMethod;
  /** The confidence level the verdicts actually use (95% where 99.8% is not available). */
  readonly ciUsed: CiLevel;
  readonly notices: readonly string[];
}

/** The sexes a view should show for an indicator: Persons where published, else each sex. */
export function sexesToShow(points: readonly DataPoint[]): Sex[] {
  const sexes = [...new Set(points.map((p) => p.sex))].sort();
  return sexes.includes('Persons') ? ['Persons'] : sexes;
}

/**
 * The comparison engine, shared by every view and by export. For one indicator, period and sex
 * it gives each unit its value; its interval at the chosen level (published, or computed from
 * counts by the indicator's method, marked which); its verdict against the benchmark, which is
 * only ever a significance verdict or "not compared" with the reason; its quintile within the
 * comparison group as a separate field; its rank; and the publisher's own verdict beside ours.
 */
export function compareAreas(input: CompareAreasInput): AreasComparison {
  const { indicator, points, units, benchmark } = input;
  const notices: string[] = [];

  const sexes = [...new Set(points.map((p) => p.sex))].sort();
  const sex = chooseSex(sexes, input.sex);
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
  const unitPoints = units.map((unit) => unitPoint(unit, inPeriod));
  const { ciUsed, method } = chooseLevel(unitPoints, indicator, input.ci, notices);
  const context: RowContext = {
    indicator,
    benchmark,
    benchmarkName: BENCHMARKS[benchmark],
    benchmarkValue: benchmark === 'london' ? londonValue : englandValue,
    periodText: describePeriod(period),
    ciUsed,
  };
  notices.push(...methodNotices(context, method));

  // Each combined value counts once in the spread.
  const values = unitPoints.flatMap(({ point, combined, unit }) =>
    point?.value == null || (combined && combined.parts[0] !== unit.code) ? [] : [point.value],
  );
  const selected = new Set(input.selected);
  const rows = unitPoints.map((unitPoint) => {
    const { value } = unitPoint.point ?? {};
    const quintile =
      value != null && values.length >= MIN_VALUES_FOR_QUINTILES
        ? quintileOf(value, values)
        : undefined;
    return comparedRow(unitPoint, context, selected.has(unitPoint.unit.code), quintile);
  });

  const references = [
    ...(englandValue !== null ? [{ label: 'England', value: englandValue }] : []),
    ...(londonValue !== null ? [{ label: 'London', value: londonValue }] : []),
  ];
  const ranked = rankRows(rows, indicator);
  return {
    periods,
    period,
    sexes,
    sex,
    rows: input.rankIntervals
      ? withRankIntervals(ranked, indicator, intervals95(unitPoints, indicator))
      : ranked,
    benchmarkName: context.benchmarkName,
    benchmarkValue: context.benchmarkValue,
    references,
    method,
    ciUsed,
    notices,
  };
}

/** One unit with its row for the period: its own, or the publisher's combined row that includes it. */
interface UnitPoint {
  readonly unit: ComparedUnit;
  readonly point: DataPoint | undefined;
  readonly combined: (typeof COMBINED_AREAS)[number] | undefined;
}

interface RowContext {
  readonly indicator: Indicator;
  readonly benchmark: BenchmarkKey;
  readonly benchmarkName: string;
  readonly benchmarkValue: number | null;
  readonly periodText: string;
  readonly ciUsed: CiLevel;
}

function chooseSex(sexes: readonly Sex[], asked: Sex | undefined): Sex {
  if (asked && sexes.includes(asked)) return asked;
  return sexes.includes('Persons') ? 'Persons' : (sexes[0] ?? 'Persons');
}

/**
 * An undated period's label is the source's words ("not stated in source"): quoted, so
 * "no England value for the period “not stated in source”" reads as meant.
 */
function describePeriod(period: Period | undefined): string {
  if (!period) return 'this period';
  return period.start === undefined && period.end === undefined
    ? `the period “${period.label}”`
    : period.label;
}

/** A unit without its own row takes the publisher's combined row that includes it, as published. */
function unitPoint(unit: ComparedUnit, inPeriod: ReadonlyMap<string, DataPoint>): UnitPoint {
  const own = inPeriod.get(unit.code);
  if (own) return { unit, point: own, combined: undefined };
  const combined = COMBINED_AREAS.find(
    (c) => c.parts.includes(unit.code as never) && inPeriod.has(c.code),
  );
  return { unit, point: combined && inPeriod.get(combined.code), combined };
}

/** 99.8% where it exists (published or computable), otherwise 95% with a notice; never silently. */
function chooseLevel(
  unitPoints: readonly UnitPoint[],
  indicator: Indicator,
  asked: CiLevel,
  notices: string[],
): { ciUsed: CiLevel; method: ComparisonMethod } {
  const hasIntervalAt = (level: CiLevel) =>
    unitPoints.some(
      ({ point }) => point && 'interval' in intervalForPoint(point, indicator, level),
    );
  let ciUsed = asked;
  if (asked === '99.8' && !hasIntervalAt('99.8') && hasIntervalAt('95')) {
    ciUsed = '95';
    notices.push(`99.8% intervals are not published for ${indicator.shortName}; compared at 95%.`);
  }
  return { ciUsed, method: hasIntervalAt(ciUsed) ? 'ci-overlap' : 'quintiles' };
}

function methodNotices(context: RowContext, method: ComparisonMethod): string[] {
  const { indicator, benchmarkName, benchmarkValue, periodText } = context;
  if (benchmarkValue === null)
    return [
      `No ${benchmarkName} value is published in this extract for ${indicator.shortName} in ${periodText}, so no area is compared with ${benchmarkName}${method === 'ci-overlap' ? ': each is shown with its interval, ranked and placed in fifths of London.' : '.'}`,
    ];
  if (method === 'quintiles')
    return [
      `${indicator.shortName} has no confidence intervals in ${periodText}: areas are not compared with ${benchmarkName}, only placed in fifths of London.`,
    ];
  return [];
}

function comparedRow(
  { unit, point, combined }: UnitPoint,
  context: RowContext,
  selected: boolean,
  quintile: AreaComparison['quintile'],
): AreaComparison {
  const base = {
    code: unit.code as AreaComparison['code'],
    name: unit.name,
    selected,
    ...(quintile !== undefined && { quintile }),
  };
  if (!point)
    return {
      ...base,
      value: null,
      outcome: { kind: 'not-compared', reason: 'no row for this area in the published data' },
      note: 'No row for this area in the published data',
    };

  const found = intervalForPoint(point, context.indicator, context.ciUsed);
  const interval = 'interval' in found ? found : undefined;
  const outcome = outcomeOf(point, found, context);
  const published = publishedVerdict(point.publishedComparison);
  const note = combined
    ? `Published for ${combined.name} combined (${combined.code})${point.note ? `: ${point.note}` : ''}`
    : point.note;
  return {
    ...base,
    value: point.value,
    ...(interval && {
      interval: interval.interval,
      intervalSource: interval.source,
      intervalLevel: context.ciUsed,
    }),
    outcome,
    ...(point.count !== undefined && { count: point.count }),
    ...(point.denominator !== undefined && { denominator: point.denominator }),
    ...(note && { note }),
    ...(combined && { combinedArea: combined.name }),
    ...(point.publishedComparison && { publishedComparison: point.publishedComparison }),
    // The publisher's verdict is against England: it agrees or not with ours against England only.
    ...(published &&
      context.benchmark === 'england' &&
      outcome.kind !== 'not-compared' && { publishedAgrees: published === outcome.kind }),
  };
}

function outcomeOf(
  point: DataPoint,
  found: ReturnType<typeof intervalForPoint>,
  { indicator, benchmarkName, benchmarkValue, periodText, ciUsed }: RowContext,
): BenchmarkOutcome {
  if (point.value === null)
    return { kind: 'not-compared', reason: point.note ? `no value (${point.note})` : 'no value' };
  if (benchmarkValue === null)
    return { kind: 'not-compared', reason: `no ${benchmarkName} value for ${periodText}` };
  if (!('interval' in found))
    return { kind: 'not-compared', reason: 'reason' in found ? found.reason : 'no interval' };
  return compareWithBenchmark(
    { value: point.value, [ciUsed === '99.8' ? 'ci998' : 'ci95']: found.interval },
    benchmarkValue,
    {
      method: 'ci-overlap',
      polarity: indicator.polarity,
      confidence: ciUsed === '99.8' ? 0.998 : 0.95,
    },
  );
}

/** Rank intervals always use 95% intervals, whatever level the comparison is drawn at. */
function intervals95(unitPoints: readonly UnitPoint[], indicator: Indicator) {
  return new Map(
    unitPoints.flatMap(({ unit, point }) => {
      const found = point ? intervalForPoint(point, indicator, '95') : undefined;
      return found && 'interval' in found ? [[unit.code, found.interval] as const] : [];
    }),
  );
}

function uniquePeriods(points: readonly DataPoint[]): Period[] {
  const byLabel = new Map(points.map((p) => [p.period.label, p.period]));
  return [...byLabel.values()].sort(comparePeriods);
}

/** Best first where polarity judges, highest first otherwise; ties by name; missing last; ranked 1…n. */
function rankRows(rows: readonly AreaComparison[], indicator: Indicator): AreaComparison[] {
  const direction = indicator.polarity === 'low-is-good' ? 1 : -1;
  const sorted = [...rows].sort((a, b) => {
    if (a.value === null || b.value === null)
      return a.value === null ? (b.value === null ? a.name.localeCompare(b.name) : 1) : -1;
    return (a.value - b.value) * direction || a.name.localeCompare(b.name);
  });
  return sorted.map((row, i) => (row.value === null ? row : { ...row, rank: i + 1 }));
}

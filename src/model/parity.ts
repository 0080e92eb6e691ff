import {
  comparePeriods,
  ENGLAND,
  type Area,
  type DataPoint,
  type Indicator,
  type Interval,
  type Polarity,
  type Sex,
} from '../domain';
import {
  correlationInterval,
  gapTrend,
  olsFit,
  rSquaredInterval,
  type GapTrend,
  type OlsFit,
} from '../stats';
import { compareAreas } from './compare-areas';
import { compareRanks, type RankComparison } from './parity-ranks';

/** One period of a borough's value relative to England (value ÷ England's), with its interval. */
export interface RatioPoint {
  readonly period: string;
  /** ISO end date, for placing periods of different lengths on one time axis. */
  readonly end: string;
  readonly ratio: number;
  readonly lower?: number;
  readonly upper?: number;
}

export interface OverTimeModel {
  readonly borough: Area;
  readonly mental: readonly RatioPoint[];
  readonly physical: readonly RatioPoint[];
  /** "Is the gap between mental and physical health closing?", or why it cannot be said. */
  readonly gap: GapTrend;
}

/** Fewer boroughs than this with both values: no line is fitted and none is drawn. */
export const MIN_PAIRS = 8;

export interface ParityPoint {
  readonly code: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly xInterval?: Interval;
  readonly yInterval?: Interval;
  readonly selected: boolean;
  /** Outside the 95% prediction band of the fitted line. */
  readonly position: 'above' | 'below' | 'within';
}

export interface FittedLine {
  readonly n: number;
  readonly slope: number;
  readonly intercept: number;
  readonly r: number;
  readonly r2: number;
  readonly r2Interval: { readonly lower: number; readonly upper: number };
  readonly significant: boolean;
  /** The fitted line and its 95% prediction band across the x range, for drawing. */
  readonly band: readonly {
    readonly x: number;
    readonly fit: number;
    readonly lower: number;
    readonly upper: number;
  }[];
}

export type Fit = FittedLine | { readonly reason: string };
export const isFitted = (fit: Fit): fit is FittedLine => 'slope' in fit;

export interface ScatterModel {
  readonly xLabel: string;
  readonly yLabel: string;
  readonly points: readonly ParityPoint[];
  readonly fit: Fit;
}

interface IndicatorSide {
  readonly indicator: Indicator;
  readonly period: string;
  readonly sex: Sex;
  readonly sexes: readonly Sex[];
  /** "SMI excess under-75 mortality, 2014/15" (and the sex where it is not Persons). */
  readonly label: string;
}

export interface DeprivationModel extends ScatterModel {
  readonly side: IndicatorSide;
  /** Boroughs outside the band, in the indicator's own words ("better than …" or "higher than …"). */
  readonly doingBetter: readonly string[];
  readonly doingWorse: readonly string[];
}

export interface ParityModel {
  readonly ranks: RankComparison;
  readonly overTime?: OverTimeModel;
  readonly mental: IndicatorSide;
  readonly physical: IndicatorSide;
  readonly periodsDiffer: boolean;
  readonly scatter: ScatterModel;
  readonly deprivation: readonly DeprivationModel[];
  readonly summary: readonly string[];
}

function fitLine(points: readonly { x: number; y: number }[]): { fit: Fit; ols?: OlsFit } {
  if (points.length < MIN_PAIRS)
    return {
      fit: {
        reason: `only ${points.length} borough${points.length === 1 ? ' has' : 's have'} both values; a line needs at least ${MIN_PAIRS}`,
      },
    };
  const xs = points.map((p) => p.x);
  if (new Set(xs).size < 2)
    return { fit: { reason: 'every borough has the same value on the horizontal axis' } };
  const ols = olsFit(
    xs,
    points.map((p) => p.y),
  );
  const r = Math.sign(ols.slope) * Math.sqrt(Math.max(0, ols.r2));
  if (!(Math.abs(r) < 1)) return { fit: { reason: 'the points lie exactly on a line' }, ols };
  const ci = correlationInterval(r, ols.n);
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  const band = Array.from({ length: 21 }, (_, i) => {
    const x = lo + ((hi - lo) * i) / 20;
    return { x, ...ols.predict(x) };
  });
  return {
    ols,
    fit: {
      n: ols.n,
      slope: ols.slope,
      intercept: ols.intercept,
      r,
      r2: ols.r2,
      r2Interval: rSquaredInterval(ci),
      significant: ci.significant,
      band,
    },
  };
}

function side(
  indicator: Indicator,
  points: readonly DataPoint[],
  boroughs: readonly Area[],
  selected: readonly string[],
  sex?: Sex,
) {
  const model = compareAreas({
    indicator,
    points,
    units: boroughs,
    selected,
    benchmark: 'england',
    ci: '95',
    sex,
  });
  const period = model.period?.label ?? 'period not stated';
  return {
    rows: new Map(model.rows.map((r) => [r.code as string, r])),
    side: {
      indicator,
      period,
      sex: model.sex,
      sexes: model.sexes,
      label: `${indicator.shortName}, ${period}${model.sex !== 'Persons' ? `, ${model.sex}` : ''}`,
    },
  };
}

function scatter(
  pairs: readonly Omit<ParityPoint, 'position'>[],
  xLabel: string,
  yLabel: string,
): ScatterModel & { ols?: OlsFit } {
  const { fit, ols } = fitLine(pairs);
  const points = pairs.map((p): ParityPoint => {
    if (!ols || !isFitted(fit)) return { ...p, position: 'within' };
    const band = ols.predict(p.x);
    return { ...p, position: p.y > band.upper ? 'above' : p.y < band.lower ? 'below' : 'within' };
  });
  return { xLabel, yLabel, points, fit };
}

const judged = (polarity: Polarity, position: 'above' | 'below') =>
  polarity === 'no-judgement'
    ? position === 'above'
      ? 'higher'
      : 'lower'
    : (position === 'above') === (polarity === 'high-is-good')
      ? 'better'
      : 'worse';

const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
const fmt = (n: number) => n.toFixed(2);

/**
 * The parity view's model: boroughs on a mental health indicator against a physical health one
 * (OLS line, R² with its 95% interval, boroughs outside the 95% prediction band), and each
 * indicator against IMD 2019 deprivation, naming boroughs that do better or worse than their
 * deprivation predicts. Pure: the view joins data and selection, this does the numbers.
 */
export function buildParityModel(input: {
  readonly mental: Indicator;
  readonly physical: Indicator;
  readonly mentalPoints: readonly DataPoint[];
  readonly physicalPoints: readonly DataPoint[];
  readonly imd?: { readonly indicator: Indicator; readonly points: readonly DataPoint[] };
  readonly boroughs: readonly Area[];
  readonly selected: readonly string[];
  readonly mentalSex?: Sex;
  readonly physicalSex?: Sex;
  /** The borough whose parity over time is shown. */
  readonly borough?: Area;
}): ParityModel {
  const { boroughs, selected } = input;
  const m = side(input.mental, input.mentalPoints, boroughs, selected, input.mentalSex);
  const p = side(input.physical, input.physicalPoints, boroughs, selected, input.physicalSex);
  // A value published only for two boroughs combined is not either borough's: left out, and said.
  const combined = [...m.rows.values(), ...p.rows.values()].flatMap((row) =>
    row.combinedArea ? [row.name] : [],
  );
  const pairs = boroughs.flatMap((b) => {
    const y = ownRow(m.rows, b.code);
    const x = ownRow(p.rows, b.code);
    if (y?.value == null || x?.value == null) return [];
    return [
      {
        code: b.code,
        name: b.name,
        x: x.value,
        y: y.value,
        ...(x.interval && { xInterval: x.interval }),
        ...(y.interval && { yInterval: y.interval }),
        selected: selected.includes(b.code),
      },
    ];
  });
  const ownRows = (rows: SideRows) => boroughs.flatMap((b) => ownRow(rows, b.code) ?? []);
  const ranks = compareRanks(
    { indicator: input.mental, rows: ownRows(m.rows) },
    { indicator: input.physical, rows: ownRows(p.rows) },
  );
  const main = scatter(
    pairs,
    `${p.side.label} (${input.physical.unit})`,
    `${m.side.label} (${input.mental.unit})`,
  );
  const imdRows = input.imd && side(input.imd.indicator, input.imd.points, boroughs, selected).rows;
  const deprivation = imdRows
    ? [m, p].map((s) => deprivationModel(s.side, s.rows, imdRows, boroughs, selected))
    : [];

  const overTime =
    input.borough &&
    parityOverTime(input.borough, input.mentalPoints, input.physicalPoints, m.side.sex, p.side.sex);
  return {
    ranks,
    ...(overTime && { overTime }),
    mental: m.side,
    physical: p.side,
    periodsDiffer: m.side.period !== p.side.period,
    scatter: { xLabel: main.xLabel, yLabel: main.yLabel, points: main.points, fit: main.fit },
    deprivation,
    summary: [
      ...combinedSentence([...new Set(combined)].sort()),
      ...fitSentences(main, m.side.label, p.side.label),
      ...deprivation.flatMap(deprivationSentence),
      ...rankSentence(ranks),
      ...bothSentence(deprivation),
    ],
  };
}

type SideRows = ReturnType<typeof side>['rows'];

/** A borough's own row: a value published only for a combined area is not either part's. */
function ownRow(rows: SideRows, code: string) {
  const row = rows.get(code);
  return row?.combinedArea ? undefined : row;
}

/** One indicator against IMD 2019, naming the boroughs outside the band on the good and bad side. */
function deprivationModel(
  s: IndicatorSide,
  rows: SideRows,
  imdRows: SideRows,
  boroughs: readonly Area[],
  selected: readonly string[],
): DeprivationModel {
  const pairs = boroughs.flatMap((b) => {
    const y = ownRow(rows, b.code)?.value;
    const x = imdRows.get(b.code)?.value;
    return y == null || x == null
      ? []
      : [{ code: b.code, name: b.name, x, y, selected: selected.includes(b.code) }];
  });
  const model = scatter(
    pairs,
    `IMD 2019 average score (higher = more deprived)`,
    `${s.label} (${s.indicator.unit})`,
  );
  const { polarity } = s.indicator;
  const outside = (want: 'better' | 'worse') => {
    const word = polarity !== 'no-judgement' ? want : want === 'better' ? 'higher' : 'lower';
    return model.points
      .filter((pt) => pt.position !== 'within' && judged(polarity, pt.position) === word)
      .map((pt) => pt.name);
  };
  return { ...model, side: s, doingBetter: outside('better'), doingWorse: outside('worse') };
}

function combinedSentence(combined: readonly string[]): string[] {
  if (combined.length === 0) return [];
  const verb = combined.length === 1 ? 'is' : 'are';
  return [`${names(combined)} ${verb} left out where the publisher gives only a combined value.`];
}

function fitSentences(main: ScatterModel, mental: string, physical: string): string[] {
  const fit = main.fit;
  if (!isFitted(fit)) return [`No line is fitted: ${fit.reason}.`];
  const direction = fit.slope > 0 ? 'higher' : 'lower';
  const r2 = `R² = ${fmt(fit.r2)}, 95% CI ${fmt(fit.r2Interval.lower)} to ${fmt(fit.r2Interval.upper)}, ${fit.n} boroughs`;
  const out = main.points.filter((pt) => pt.position !== 'within');
  return [
    fit.significant
      ? `Boroughs with higher ${physical} tend to have ${direction} ${mental} (${r2}).`
      : `${mental} is not significantly correlated with ${physical} across London's boroughs (${r2}).`,
    ...(out.length > 0
      ? [
          `${names(out.map((pt) => `${pt.name} (${pt.position})`))} ${out.length === 1 ? 'lies' : 'lie'} outside the 95% prediction band.`,
        ]
      : []),
  ];
}

function deprivationSentence(d: DeprivationModel): string[] {
  if (!isFitted(d.fit)) return [];
  const words =
    d.side.indicator.polarity === 'no-judgement'
      ? (['higher', 'lower'] as const)
      : (['better', 'worse'] as const);
  const phrase = (list: readonly string[], word: string) =>
    list.length
      ? `${names(list)} ${word} than ${list.length === 1 ? 'its' : 'their'} deprivation predicts`
      : '';
  const parts = [phrase(d.doingBetter, words[0]), phrase(d.doingWorse, words[1])].filter(Boolean);
  return [
    parts.length
      ? `On ${d.side.label}: ${parts.join('; ')}.`
      : `On ${d.side.label}, every borough is within what its deprivation predicts (95% prediction band).`,
  ];
}

function rankSentence(ranks: ParityModel['ranks']): string[] {
  if (ranks.rows.length === 0) return [];
  return [
    ranks.missingIntervals.length > 0
      ? `No parity gap in rank is called significant: ${ranks.missingIntervals.join('; ')}, so ranks have no intervals.`
      : `${ranks.significantCount} of ${ranks.rows.length} boroughs rank significantly differently on the two indicators (their 95% rank intervals do not overlap).`,
  ];
}

function bothSentence(deprivation: readonly DeprivationModel[]): string[] {
  if (deprivation.length !== 2) return [];
  if (deprivation.some((d) => d.side.indicator.polarity === 'no-judgement')) return [];
  const both = deprivation[0]!.doingBetter.filter((n) => deprivation[1]!.doingBetter.includes(n));
  if (both.length === 0) return [];
  const one = both.length === 1;
  return [
    `${names(both)} ${one ? 'does' : 'do'} better than ${one ? 'its' : 'their'} deprivation predicts on both.`,
  ];
}

function ratios(points: readonly DataPoint[], code: string, sex: Sex): RatioPoint[] {
  const ofSex = points.filter((p) => p.sex === sex);
  const england = new Map(
    ofSex.filter((p) => p.code === ENGLAND).map((p) => [p.period.label, p.value]),
  );
  return ofSex
    .filter((p) => p.code === code && p.value !== null && p.period.end)
    .sort((a, b) => comparePeriods(a.period, b.period))
    .flatMap((p) => {
      const e = england.get(p.period.label);
      if (!e) return [];
      return [
        {
          period: p.period.label,
          end: p.period.end!,
          ratio: p.value! / e,
          ...(p.ci95 && { lower: p.ci95.lower / e, upper: p.ci95.upper / e }),
        },
      ];
    });
}

/**
 * A borough's two indicators relative to England, period by period, and the Atlas's gap-trend
 * test on mental minus physical where at least five periods are shared.
 */
function parityOverTime(
  borough: Area,
  mentalPoints: readonly DataPoint[],
  physicalPoints: readonly DataPoint[],
  mentalSex: Sex,
  physicalSex: Sex,
): OverTimeModel {
  const mental = ratios(mentalPoints, borough.code, mentalSex);
  const physical = ratios(physicalPoints, borough.code, physicalSex);
  const shared = mental.filter((m) => physical.some((p) => p.period === m.period));
  const asTrend = (r: RatioPoint | undefined) => ({
    value: r?.ratio ?? null,
    ...(r?.lower !== undefined && { lower: r.lower, upper: r.upper }),
  });
  const gap: GapTrend =
    shared.length < 5
      ? {
          kind: 'cannot-be-calculated',
          reason: `the two indicators share ${shared.length} period${shared.length === 1 ? '' : 's'} for ${borough.name} relative to England; 5 are needed`,
        }
      : gapTrend(
          shared.map(asTrend),
          shared.map((s) => asTrend(physical.find((p) => p.period === s.period))),
        );
  return { borough, mental, physical, gap };
}

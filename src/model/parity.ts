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
  const combined = new Set<string>();
  const own = (row: ReturnType<typeof m.rows.get>) => {
    if (row?.combinedArea) combined.add(row.name);
    return row?.combinedArea ? undefined : row;
  };
  const pairs = boroughs.flatMap((b) => {
    const y = own(m.rows.get(b.code));
    const x = own(p.rows.get(b.code));
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
  const ownRows = (rows: typeof m.rows) =>
    boroughs.flatMap((b) => {
      const row = own(rows.get(b.code));
      return row ? [row] : [];
    });
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
    ? [m, p].map(({ side: s, rows }): DeprivationModel => {
        const dpairs = boroughs.flatMap((b) => {
          const y = own(rows.get(b.code))?.value;
          const x = imdRows.get(b.code)?.value;
          return y == null || x == null
            ? []
            : [{ code: b.code, name: b.name, x, y, selected: selected.includes(b.code) }];
        });
        const model = scatter(
          dpairs,
          `IMD 2019 average score (higher = more deprived)`,
          `${s.label} (${s.indicator.unit})`,
        );
        const outside = (want: 'better' | 'worse') =>
          model.points
            .filter(
              (pt) =>
                pt.position !== 'within' &&
                judged(s.indicator.polarity, pt.position) ===
                  (s.indicator.polarity === 'no-judgement'
                    ? want === 'better'
                      ? 'higher'
                      : 'lower'
                    : want),
            )
            .map((pt) => pt.name);
        return { ...model, side: s, doingBetter: outside('better'), doingWorse: outside('worse') };
      })
    : [];

  const summary: string[] = [];
  if (combined.size > 0)
    summary.push(
      `${names([...combined].sort())} ${combined.size === 1 ? 'is' : 'are'} left out where the publisher gives only a combined value.`,
    );
  const fit = main.fit;
  if (isFitted(fit)) {
    const direction = fit.slope > 0 ? 'higher' : 'lower';
    const r2 = `R² = ${fmt(fit.r2)}, 95% CI ${fmt(fit.r2Interval.lower)} to ${fmt(fit.r2Interval.upper)}, ${fit.n} boroughs`;
    summary.push(
      fit.significant
        ? `Boroughs with higher ${p.side.label} tend to have ${direction} ${m.side.label} (${r2}).`
        : `${m.side.label} is not significantly correlated with ${p.side.label} across London's boroughs (${r2}).`,
    );
    const out = main.points.filter((pt) => pt.position !== 'within');
    if (out.length > 0)
      summary.push(
        `${names(out.map((pt) => `${pt.name} (${pt.position === 'above' ? 'above' : 'below'})`))} ${out.length === 1 ? 'lies' : 'lie'} outside the 95% prediction band.`,
      );
  } else summary.push(`No line is fitted: ${fit.reason}.`);
  for (const d of deprivation) {
    const words =
      d.side.indicator.polarity === 'no-judgement'
        ? (['higher', 'lower'] as const)
        : (['better', 'worse'] as const);
    if (!isFitted(d.fit)) continue;
    const phrase = (list: readonly string[], word: string) =>
      list.length
        ? `${names(list)} ${word} than ${list.length === 1 ? 'its' : 'their'} deprivation predicts`
        : '';
    const parts = [phrase(d.doingBetter, words[0]), phrase(d.doingWorse, words[1])].filter(Boolean);
    summary.push(
      parts.length
        ? `On ${d.side.label}: ${parts.join('; ')}.`
        : `On ${d.side.label}, every borough is within what its deprivation predicts (95% prediction band).`,
    );
  }
  if (ranks.rows.length > 0)
    summary.push(
      ranks.missingIntervals.length > 0
        ? `No parity gap in rank is called significant: ${ranks.missingIntervals.join('; ')}, so ranks have no intervals.`
        : `${ranks.significantCount} of ${ranks.rows.length} boroughs rank significantly differently on the two indicators (their 95% rank intervals do not overlap).`,
    );
  const both =
    deprivation.length === 2
      ? deprivation[0]!.doingBetter.filter((n) => deprivation[1]!.doingBetter.includes(n))
      : [];
  if (both.length && deprivation.every((d) => d.side.indicator.polarity !== 'no-judgement'))
    summary.push(
      `${names(both)} ${both.length === 1 ? 'does' : 'do'} better than ${both.length === 1 ? 'its' : 'their'} deprivation predicts on both.`,
    );

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
    summary,
  };
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

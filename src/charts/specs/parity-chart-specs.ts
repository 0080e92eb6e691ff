import type { Indicator } from '../../domain';
import {
  isFitted,
  type DeprivationModel,
  type ParityModel,
  type ParityPoint,
  type ScatterModel,
} from '../../model/parity';
import type { GapTrend } from '../../stats';
import { dumbbellTableSpec } from '../dumbbell/dumbbell-table-spec';
import { ratioTrendTableSpec } from '../ratio-trend/ratio-trend-table-spec';
import { scatterTableSpec } from '../scatter/scatter-table-spec';
import type { KindSpec } from './chart-kinds';
import { periodRange, sourceLine, stampOf, type SpecContext } from './spec-parts';

const fitWords = (model: ScatterModel) => {
  const fit = model.fit;
  if (!isFitted(fit)) return `no line fitted: ${fit.reason}`;
  const r2 = `R² ${fit.r2.toFixed(2)} (95% CI ${fit.r2Interval.lower.toFixed(2)} to ${fit.r2Interval.upper.toFixed(2)})`;
  return `${fit.significant ? 'least-squares line' : 'least-squares line, not significant (dashed)'}, ${r2}, n = ${fit.n}; shaded: 95% prediction band; ◆ outside it`;
};

const gapWords = (gap: GapTrend) =>
  gap.kind === 'cannot-be-calculated'
    ? `gap trend cannot be calculated: ${gap.reason}`
    : gap.kind === 'no-significant-change'
      ? 'no significant change in the gap between the two over the last 5 shared periods'
      : `the gap between the two is ${gap.kind} (last 5 shared periods)`;

const IMD_SOURCE = 'IMD 2019: Ministry of Housing, Communities and Local Government.';

/** Every chart of the Parity view, in the order drawn. */
export interface ParitySpecs {
  readonly scatter: KindSpec<'scatter', ParityPoint>;
  readonly ranks?: KindSpec<'dumbbell'>;
  readonly overTime?: KindSpec<'ratio-trend'>;
  readonly deprivation: readonly KindSpec<'scatter', ParityPoint>[];
}

function deprivationSpec(
  d: DeprivationModel,
  context: SpecContext,
): KindSpec<'scatter', ParityPoint> {
  return {
    kind: 'scatter',
    title: `Given deprivation, who does better? ${d.side.indicator.shortName}`,
    subtitle: `${d.side.label} against IMD 2019 average score · ${fitWords(d)}`,
    description: `Scatter of London boroughs: ${d.yLabel} against deprivation. The table gives every value.`,
    source: sourceLine([d.side.indicator], context, IMD_SOURCE),
    stamp: stampOf([d.side.period, 'IMD 2019'], [d.side.indicator], context),
    legend: [],
    marks: { model: d },
    table: scatterTableSpec(d, `${d.side.label} against IMD 2019, by borough`),
    fileParts: [d.side.indicator.shortName, d.side.period, 'against', 'deprivation'],
  };
}

/** The Parity view's charts: a pair of indicators, mental against physical, borough by borough. */
export function paritySpecs(
  model: ParityModel,
  mental: Indicator,
  physical: Indicator,
  context: SpecContext,
): ParitySpecs {
  const m = mental.shortName;
  const p = physical.shortName;
  const both = [mental, physical];
  const source = sourceLine(both, context);
  const periods = [model.mental.period, model.physical.period];
  const overTime = model.overTime;
  const overTimePeriods = overTime
    ? [...new Set([...overTime.mental, ...overTime.physical].map((r) => r.period))].sort()
    : [];
  return {
    scatter: {
      kind: 'scatter',
      title: `Do boroughs that do well on ${p} also do well on ${m}?`,
      subtitle: `${model.mental.label} against ${model.physical.label}${model.periodsDiffer ? ' (different periods)' : ''} · ${fitWords(model.scatter)}`,
      description: `Scatter of London boroughs: ${model.scatter.yLabel} against ${model.scatter.xLabel}. The table gives every value.`,
      source,
      stamp: stampOf(periods, both, context),
      legend: [],
      marks: { model: model.scatter },
      table: scatterTableSpec(
        model.scatter,
        `${model.mental.label} against ${model.physical.label}, by borough`,
      ),
      fileParts: [m, model.mental.period, 'against', p, model.physical.period],
    },
    ...(model.ranks.rows.length > 0 && {
      ranks: {
        kind: 'dumbbell',
        title: `Where is the parity gap? Each borough's rank on ${m} and ${p}`,
        subtitle: `Circles: rank on ${model.mental.label}; squares: rank on ${model.physical.label}; whiskers: 95% rank intervals where intervals are published; * a significant gap (intervals do not overlap); sorted by the gap`,
        description: `Each borough's rank on ${m} and on ${p}, joined by a line; the table gives every rank.`,
        source,
        stamp: stampOf(periods, both, context),
        legend: [],
        marks: { ranks: model.ranks, mentalName: m, physicalName: p },
        table: dumbbellTableSpec(model.ranks, m, p, `Ranks on ${m} and ${p}, by gap`),
        fileParts: [m, p, 'ranks'],
      },
    }),
    ...(overTime && {
      overTime: {
        kind: 'ratio-trend',
        title: `Is the gap closing? ${overTime.borough.name} relative to England over time`,
        subtitle: `${periodRange(overTimePeriods) ?? ''} · ${m} (circles) and ${p} (squares, dashed), each period ÷ England's value · ${gapWords(overTime.gap)}`,
        description: `${overTime.borough.name}'s ${m} and ${p}, each as a ratio to England, over time; the table gives every ratio.`,
        source,
        stamp: stampOf(overTimePeriods, both, context),
        legend: [],
        marks: { model: overTime, mentalName: m, physicalName: p },
        table: ratioTrendTableSpec(
          overTime,
          m,
          p,
          `${overTime.borough.name} relative to England over time`,
        ),
        fileParts: [overTime.borough.name, m, p, 'over-time'],
      },
    }),
    deprivation: model.deprivation.map((d) => deprivationSpec(d, context)),
  };
}

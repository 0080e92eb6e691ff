import { POLARITIES, type AreaComparison, type Indicator, type TableSpec } from '../../domain';
import type { AreasComparison } from '../../model/compare-areas';
import { comparisonCsvColumns } from '../../model/ranked-csv-columns';
import { releaseOfPeriod } from '../../model/describe-releases';
import type { RankedBarSeries } from '../ranked-bar/build-ranked-bar-series';
import { rankedTableSpec } from '../ranked-bar/ranked-table-spec';
import { comparisonLegend, referenceDash } from '../shared/outcome-legend-groups';
import type { KindSpec } from './chart-kinds';
import { sourceLine, stampOf, type SpecContext } from './spec-parts';

const methodWords = (model: AreasComparison) =>
  model.method === 'quintiles'
    ? `not compared with ${model.benchmarkName}: no confidence intervals in this data, so coloured by quintile within London`
    : `compared with ${model.benchmarkName} by ${model.ciUsed}% confidence interval`;

/** The benchmark lines of a comparison, dashed as the key draws them. */
const referenceLines = (model: Pick<AreasComparison, 'references'>) =>
  model.references.map((r) => ({ ...r, dash: referenceDash(r.label) }));

/** A comparison's ranked table: its twin on screen, and every column of the CSV. */
export const rankedComparisonTable = (
  indicator: Indicator,
  model: AreasComparison,
  caption: string,
  decimals = indicator.decimals,
): TableSpec<AreaComparison> => ({
  ...rankedTableSpec(model.rows, {
    caption,
    unit: indicator.unit,
    benchmarkName: model.benchmarkName,
    polarity: indicator.polarity,
    ciLevel: model.ciUsed,
    ...(decimals !== undefined && { decimals }),
  }),
  csvColumns: comparisonCsvColumns(indicator, model),
});

/** The Indicator view's ranked chart: what the chart, its table twin and every export show. */
export function rankedChartSpec(
  indicator: Indicator,
  model: AreasComparison,
  series: RankedBarSeries,
  context: SpecContext & {
    readonly bestQuartile?: { readonly from: number; readonly to: number };
  },
): KindSpec<'ranked-bar', AreaComparison> {
  const period = model.period?.label;
  const release = releaseOfPeriod(indicator, period);
  const { bestQuartile } = context;
  const sex = model.sexes.length > 1 || model.sex !== 'Persons' ? model.sex : undefined;
  return {
    kind: 'ranked-bar',
    title: `${indicator.name}: London boroughs ranked`,
    subtitle: [
      period ?? 'Period not stated',
      release,
      sex,
      indicator.unit,
      POLARITIES[indicator.polarity],
      methodWords(model),
    ]
      .filter(Boolean)
      .join(' · '),
    description: `Bar chart of ${indicator.shortName} for London boroughs, ${period ?? ''}. The table gives every value.`,
    source: sourceLine([indicator], context),
    stamp: stampOf([period], [indicator], context),
    legend: comparisonLegend(indicator, model, model.references, {
      bestQuartile: bestQuartile !== undefined,
    }),
    marks: {
      series,
      references: referenceLines(model),
      unit: indicator.unit,
      ...(bestQuartile && { bestQuartile }),
      labelWidth: 190,
    },
    table: rankedComparisonTable(
      indicator,
      model,
      [`${indicator.shortName}, ${period ?? ''}, London boroughs ranked`, release]
        .filter(Boolean)
        .join(', '),
    ),
    fileParts: [
      indicator.shortName,
      period,
      model.sex !== 'Persons' ? model.sex : undefined,
      'london-boroughs',
      `vs-${model.benchmarkName}`,
    ],
  };
}

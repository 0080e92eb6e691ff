import { OGL_NOTICE, type AreaComparison, type Indicator, type TableSpec } from '../../domain';
import { describeOutcome } from '../shared/outcome-style';
import type { RugIndicatorInput, RugSeries } from '../rug/build-rug-series';
import { rugTableSpec, type RugTableRow } from '../rug/rug-table-spec';
import { outcomeLegendGroups } from '../shared/outcome-legend-groups';
import type { KindSpec } from './chart-kinds';
import { stampOf, type SpecContext } from './spec-parts';

interface OverviewCsvRow {
  readonly input: RugIndicatorInput;
  readonly row: AreaComparison;
}

/** Every borough on every indicator as tidy data: one figure per cell, numbers as numbers. */
function overviewCsv(
  inputs: readonly RugIndicatorInput[],
  benchmarkName: string,
): TableSpec<OverviewCsvRow> {
  return {
    caption: "Every borough's value and comparison on each indicator",
    columns: [
      { key: 'indicator-id', header: 'Indicator id', value: (r) => r.input.indicator.id },
      { key: 'indicator', header: 'Indicator', value: (r) => r.input.indicator.name },
      { key: 'unit', header: 'Unit', value: (r) => r.input.indicator.unit },
      { key: 'period', header: 'Period', value: (r) => r.input.periodLabel },
      { key: 'sex', header: 'Sex', value: (r) => r.input.sex },
      { key: 'code', header: 'Area code', value: (r) => r.row.code },
      { key: 'name', header: 'Area name', value: (r) => r.row.name },
      { key: 'value', header: 'Value', value: (r) => r.row.value, numeric: true },
      {
        key: 'lower',
        header: 'Lower limit',
        value: (r) => r.row.interval?.lower ?? null,
        numeric: true,
      },
      {
        key: 'upper',
        header: 'Upper limit',
        value: (r) => r.row.interval?.upper ?? null,
        numeric: true,
      },
      { key: 'level', header: 'Interval level (%)', value: (r) => r.row.intervalLevel ?? null },
      {
        key: 'verdict',
        header: `Compared with ${benchmarkName}`,
        value: (r) => describeOutcome(r.row.outcome, benchmarkName),
      },
      {
        key: 'quintile',
        header: 'Quintile in London (1 = lowest values)',
        value: (r) => r.row.quintile ?? null,
      },
      {
        key: 'london',
        header: 'London value',
        value: (r) => r.input.london ?? null,
        numeric: true,
      },
      {
        key: 'england',
        header: 'England value',
        value: (r) => r.input.england ?? null,
        numeric: true,
      },
      {
        key: 'note',
        header: 'Note',
        value: (r) => (r.row.combinedArea ? `Value for ${r.row.combinedArea} combined` : null),
      },
    ],
    rows: inputs.flatMap((input) => input.rows.map((row) => ({ input, row }))),
    rowKey: (r) => `${r.input.indicator.id}|${r.input.sex}|${r.row.code}`,
  };
}

/** The Overview's tartan rug: every borough against the benchmark on every indicator. */
export function overviewChartSpec(
  inputs: readonly RugIndicatorInput[],
  series: RugSeries,
  benchmarkName: string,
  context: SpecContext,
): KindSpec<'rug', RugTableRow> {
  const indicators: Indicator[] = [...new Set(inputs.map((i) => i.indicator))];
  const publishers = [...new Set(indicators.map((i) => i.source.publisher))];
  const dates = [...new Set(indicators.map((i) => i.source.extractDate))].sort();
  return {
    kind: 'rug',
    title: 'London boroughs compared, mental and physical health',
    subtitle: `Latest period of each indicator (given in each row) · compared with ${benchmarkName} by 95% or 99.8% confidence interval where the data allows; rows without intervals are not compared, only placed by quintile within London (marked)`,
    description: `A grid of London's boroughs (columns) against ${inputs.length} indicators (rows), each cell coloured by its comparison with ${benchmarkName}; the table gives every value.`,
    source: `Sources: ${publishers.join('; ')}. ${OGL_NOTICE} Extracted ${dates[0] ?? ''}${dates.length > 1 ? ` to ${dates[dates.length - 1]}` : ''}${context.dataLabel ? ` (${context.dataLabel})` : ''}.`,
    stamp: stampOf(
      inputs.map((i) => i.periodLabel),
      indicators,
      context,
    ),
    legend: outcomeLegendGroups({
      rows: inputs.flatMap((i) => i.rows),
      polarities: [
        ...new Set(inputs.filter((i) => i.method === 'quintiles').map((i) => i.indicator.polarity)),
      ],
      method: 'ci-overlap',
      benchmarkName,
      references: [],
    }),
    marks: { series },
    table: rugTableSpec(
      series,
      "Every borough's value and comparison on each indicator",
      benchmarkName,
    ),
    csv: overviewCsv(inputs, benchmarkName),
    fileParts: ['london-overview', `vs-${benchmarkName}`],
  };
}

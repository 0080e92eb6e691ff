import type { Indicator } from '../../domain';
import type { RugIndicatorInput, RugSeries } from '../rug/build-rug-series';
import { rugTableSpec, type RugTableRow } from '../rug/rug-table-spec';
import { outcomeLegendGroups } from '../shared/outcome-legend-groups';
import type { KindSpec } from './chart-kinds';
import { stampOf, type SpecContext } from './spec-parts';

const OGL =
  'Contains public sector information licensed under the Open Government Licence v3.0, except where a source says otherwise.';

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
    source: `Sources: ${publishers.join('; ')}. ${OGL} Extracted ${dates[0] ?? ''}${dates.length > 1 ? ` to ${dates[dates.length - 1]}` : ''}${context.dataLabel ? ` (${context.dataLabel})` : ''}.`,
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
    fileParts: ['london-overview', `vs-${benchmarkName}`],
  };
}

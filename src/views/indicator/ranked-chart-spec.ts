import { POLARITIES, type AreaComparison, type Indicator } from '../../domain';
import { rankedTableSpec } from '../../charts/ranked-bar/ranked-table-spec';
import type { ChartSpec } from '../../charts/shared/table-spec';
import type { AreasComparison } from '../../model/compare-areas';
import { comparisonCsvColumns } from '../../model/ranked-csv-columns';
import { releaseOfPeriod } from '../shared/describe-releases';

/** The ranked chart's spec: what the chart, its table twin and its export all show. */
export function rankedChartSpec(
  indicator: Indicator,
  model: AreasComparison,
  dataLabel: string,
): ChartSpec<AreaComparison> {
  const period = model.period?.label;
  const release = releaseOfPeriod(indicator, period);
  const method =
    model.method === 'quintiles'
      ? `not compared with ${model.benchmarkName}: no confidence intervals in this data, so coloured by quintile within London`
      : `compared with ${model.benchmarkName} by ${model.ciUsed}% confidence interval`;
  return {
    title: `${indicator.name}: London boroughs ranked`,
    subtitle: [
      period ?? 'Period not stated',
      release,
      model.sexes.length > 1 || model.sex !== 'Persons' ? model.sex : undefined,
      indicator.unit,
      POLARITIES[indicator.polarity],
      method,
    ]
      .filter(Boolean)
      .join(' · '),
    source: `${indicator.source.attribution} Extracted ${indicator.source.extractDate} (${dataLabel}).`,
    table: {
      ...rankedTableSpec(model.rows, {
        caption: [`${indicator.shortName}, ${period ?? ''}, London boroughs ranked`, release]
          .filter(Boolean)
          .join(', '),
        unit: indicator.unit,
        benchmarkName: model.benchmarkName,
        polarity: indicator.polarity,
        ciLevel: model.ciUsed,
        ...(indicator.decimals !== undefined && { decimals: indicator.decimals }),
      }),
      csvColumns: comparisonCsvColumns(indicator, model),
    },
  };
}

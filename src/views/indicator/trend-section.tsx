import type { Indicator } from '../../domain';
import { ChartFrame } from '../../charts/shared/chart-frame';
import { SpecTable } from '../../charts/shared/spec-table';
import { frameExport } from '../shared/frame-export';
import { MAX_TREND_BOROUGHS, type TrendSeries } from '../../charts/trend/build-trend-series';
import { TrendChart } from '../../charts/trend/trend-chart';
import { trendTableSpec } from '../../charts/trend/trend-table-spec';
import type { AreasComparison } from '../../model/compare-areas';
import { TrendSummary } from './trend-summary';

/** "Is it changing?": selected boroughs over time with London and England. */
export function TrendSection({
  indicator,
  model,
  trend,
  chartWidth,
  onOpenDataEntry,
  allCsv,
}: {
  readonly indicator: Indicator;
  readonly model: AreasComparison;
  readonly trend: TrendSeries;
  readonly chartWidth?: number;
  readonly onOpenDataEntry: (id: Indicator['id']) => void;
  /** Every area and period of the indicator, for the CSV dialog's "All areas". */
  readonly allCsv: () => Promise<string>;
}) {
  const sourceLink = {
    href: `?v=data&i=${indicator.id}`,
    onFollow: () => onOpenDataEntry(indicator.id),
  };
  const table = trendTableSpec(trend, `${indicator.shortName} over time`);
  return (
    <ChartFrame
      title={`Is it changing? ${indicator.shortName} over time`}
      subtitle={`${model.sexes.length > 1 ? `${model.sex} · ` : ''}selected boroughs (up to ${MAX_TREND_BOROUGHS}) with London and England · shaded bands are 95% confidence intervals where published`}
      source={indicator.source.attribution}
      sourceLink={sourceLink}
      exportSpec={frameExport([indicator.shortName, 'over-time'], table, allCsv)}
      chart={
        <TrendChart
          series={trend}
          unit={indicator.unit}
          width={chartWidth}
          description={`Line chart of ${indicator.shortName} over time; the table gives every value.`}
        />
      }
      notes={<TrendSummary series={trend} />}
      tableOpen={false}
      table={<SpecTable spec={table} />}
    />
  );
}

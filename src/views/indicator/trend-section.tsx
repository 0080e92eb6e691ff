import type { Indicator } from '../../domain';
import type { KindSpec } from '../../charts/specs/chart-kinds';
import { TrendChart } from '../../charts/trend/trend-chart';
import type { TrendTableRow } from '../../charts/trend/trend-table-spec';
import { ChartFrame } from '../shared/chart-frame';
import { TrendSummary } from './trend-summary';

/** "Is it changing?": selected boroughs over time with London and England. */
export function TrendSection({
  indicator,
  spec,
  chartWidth,
  onOpenDataEntry,
  allCsv,
}: {
  readonly indicator: Indicator;
  readonly spec: KindSpec<'trend', TrendTableRow>;
  readonly chartWidth?: number;
  readonly onOpenDataEntry: (id: Indicator['id']) => void;
  /** Every area and period of the indicator, for the CSV dialog's "All areas". */
  readonly allCsv: () => Promise<string>;
}) {
  return (
    <ChartFrame
      spec={spec}
      sourceLink={{
        href: `?v=data&i=${indicator.id}`,
        onFollow: () => onOpenDataEntry(indicator.id),
      }}
      allCsv={allCsv}
      chart={<TrendChart {...spec.marks} width={chartWidth} description={spec.description} />}
      legend={null}
      notes={<TrendSummary series={spec.marks.series} />}
      tableOpen={false}
    />
  );
}

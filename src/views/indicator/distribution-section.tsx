import type { Indicator } from '../../domain';
import type { PeriodDistribution } from '../../charts/distribution/build-distribution-series';
import { DistributionChart } from '../../charts/distribution/distribution-chart';
import { distributionTableSpec } from '../../charts/distribution/distribution-table-spec';
import { ChartFrame } from '../../charts/shared/chart-frame';
import { SpecTable } from '../../charts/shared/spec-table';
import { frameExport } from '../shared/frame-export';
import type { AreasComparison } from '../../model/compare-areas';

/** "Is variation narrowing?": London's spread in each period against the benchmark. */
export function DistributionSection({
  indicator,
  model,
  distribution,
  onOpenDataEntry,
  allCsv,
}: {
  readonly indicator: Indicator;
  readonly model: AreasComparison;
  readonly distribution: readonly PeriodDistribution[];
  readonly onOpenDataEntry: (id: Indicator['id']) => void;
  /** Every area and period of the indicator, for the CSV dialog's "All areas". */
  readonly allCsv: () => Promise<string>;
}) {
  const sourceLink = {
    href: `?v=data&i=${indicator.id}`,
    onFollow: () => onOpenDataEntry(indicator.id),
  };
  const table = distributionTableSpec(
    distribution,
    `${indicator.shortName}: London boroughs' spread by period`,
    model.benchmarkName,
  );
  return (
    <ChartFrame
      title={`Is variation narrowing? ${indicator.shortName} across London by period`}
      subtitle={`Boxes: the middle half of London's boroughs; whiskers: lowest and highest; line: median; diamond: ${model.benchmarkName}`}
      source={indicator.source.attribution}
      sourceLink={sourceLink}
      exportSpec={frameExport([indicator.shortName, 'spread-by-period'], table, allCsv)}
      chart={
        <DistributionChart
          periods={distribution}
          benchmarkName={model.benchmarkName}
          unit={indicator.unit}
        />
      }
      tableOpen={false}
      table={<SpecTable spec={table} />}
    />
  );
}

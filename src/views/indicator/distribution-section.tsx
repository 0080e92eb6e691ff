import type { Indicator } from '../../domain';
import { DistributionChart } from '../../charts/distribution/distribution-chart';
import type { KindSpec } from '../../charts/specs/chart-kinds';
import { ChartFrame } from '../shared/chart-frame';

/** "Is variation narrowing?": London's spread in each period against the benchmark. */
export function DistributionSection({
  indicator,
  spec,
  onOpenDataEntry,
  allCsv,
}: {
  readonly indicator: Indicator;
  readonly spec: KindSpec<'distribution'>;
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
      chart={<DistributionChart {...spec.marks} />}
      tableOpen={false}
    />
  );
}

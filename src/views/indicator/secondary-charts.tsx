import type { AreaCode, AreaComparison, Indicator } from '../../domain';
import { DistributionChart } from '../../charts/distribution/distribution-chart';
import type { KindSpec } from '../../charts/specs/chart-kinds';
import { TileMapChart } from '../../charts/tile-map/tile-map-chart';
import { TrendChart } from '../../charts/trend/trend-chart';
import type { TrendTableRow } from '../../charts/trend/trend-table-spec';
import { ChartFrame } from '../shared/chart-frame';
import { TrendSummary } from './trend-summary';

/**
 * The charts under the ranked one: "Is it changing?", "Is variation narrowing?" and "Where in
 * London?", each from its spec, each linking to the indicator's entry in Data and methods.
 */
export function SecondaryCharts({
  indicator,
  trend,
  distribution,
  tiles,
  chartWidth,
  onToggleBorough,
  onOpenDataEntry,
  allCsv,
}: {
  readonly indicator: Indicator;
  readonly trend: KindSpec<'trend', TrendTableRow> | undefined;
  readonly distribution: KindSpec<'distribution'> | undefined;
  readonly tiles: KindSpec<'tile-map', AreaComparison> | undefined;
  readonly chartWidth?: number;
  readonly onToggleBorough: (code: AreaCode) => void;
  readonly onOpenDataEntry: (id: Indicator['id']) => void;
  /** Every area and period of the indicator, for the CSV dialog's "All areas". */
  readonly allCsv: () => Promise<string>;
}) {
  const shared = {
    sourceLink: {
      href: `?v=data&i=${indicator.id}`,
      onFollow: () => onOpenDataEntry(indicator.id),
    },
    allCsv,
    tableOpen: false,
  };
  return (
    <>
      {trend && (
        <ChartFrame
          {...shared}
          spec={trend}
          chart={<TrendChart {...trend.marks} width={chartWidth} description={trend.description} />}
          legend={null}
          notes={<TrendSummary series={trend.marks.series} />}
        />
      )}
      {distribution && (
        <ChartFrame
          {...shared}
          spec={distribution}
          chart={<DistributionChart {...distribution.marks} />}
        />
      )}
      {tiles && (
        <ChartFrame
          {...shared}
          spec={tiles}
          chart={
            <>
              <p className="field__hint no-export">
                Arrow keys move between boroughs; Enter selects.
              </p>
              <TileMapChart
                {...tiles.marks}
                onToggle={(code) => onToggleBorough(code as AreaCode)}
              />
            </>
          }
        />
      )}
    </>
  );
}

import { memo } from 'react';
import { RankedBarChart } from '../../charts/ranked-bar/ranked-bar-chart';
import type { KindSpec } from '../../charts/specs/chart-kinds';
import { TrendChart } from '../../charts/trend/trend-chart';
import { describeTrend } from '../../charts/trend/build-trend-series';
import type { AreaComparison, IndicatorId } from '../../domain';
import type { ProviderTrendRow } from '../../model/provider-trend';
import { ChartFrame } from '../shared/chart-frame';

/**
 * The Providers view's charts below the funnel: London's organisations ranked, and the chosen
 * one's trend. Memoised on their specs, which follow a switch one render after the funnel: the
 * render that answers a switch passes the same specs and skips them.
 */
export const ProvidersLowerCharts = memo(function ProvidersLowerCharts({
  measureId,
  ranked,
  trend,
  chartWidth,
  onOpenDataEntry,
}: {
  readonly measureId: IndicatorId;
  readonly ranked: KindSpec<'ranked-bar', AreaComparison> | undefined;
  readonly trend: KindSpec<'trend', ProviderTrendRow> | undefined;
  readonly chartWidth: number | undefined;
  readonly onOpenDataEntry: (id: IndicatorId) => void;
}) {
  const sourceLink = {
    href: `?v=data&i=${measureId}`,
    onFollow: () => onOpenDataEntry(measureId),
  };
  return (
    <>
      {ranked && (
        <ChartFrame
          spec={ranked}
          sourceLink={sourceLink}
          chart={
            ranked.marks.series.data.length > 0 ? (
              <RankedBarChart
                {...ranked.marks}
                width={chartWidth}
                description={ranked.description}
              />
            ) : (
              <p>No London organisation has a value in this period.</p>
            )
          }
          tableOpen={false}
        />
      )}
      {trend ? (
        <ChartFrame
          spec={trend}
          sourceLink={sourceLink}
          chart={<TrendChart {...trend.marks} width={chartWidth} description={trend.description} />}
          legend={null}
          notes={
            <ul className="trend-summary">
              {trend.marks.series.lines.map((l) => (
                <li key={l.key}>
                  {l.name}: {describeTrend(l.trend)}
                </li>
              ))}
            </ul>
          }
          tableOpen={false}
        />
      ) : (
        <p className="field__hint">
          Choose an organisation under “Emphasise” (or a borough on the map below) to see its trend
          with each period&apos;s funnel verdict.
        </p>
      )}
    </>
  );
});

import type { AreaComparison, Indicator } from '../../domain';
import { RankedBarChart, type RankedBarChartProps } from '../../charts/ranked-bar/ranked-bar-chart';
import { rankedBarIsApplicable } from '../../charts/ranked-bar/ranked-bar-is-applicable';
import { ChartFrame } from '../../charts/shared/chart-frame';
import { OutcomeLegend } from '../../charts/shared/outcome-legend';
import { SpecTable } from '../../charts/shared/spec-table';
import type { ChartSpec } from '../../charts/shared/table-spec';
import type { FrameExport } from '../../export/frame-registry';
import type { AreasComparison } from '../../model/compare-areas';
import { describeReleases } from '../shared/describe-releases';
import { formatValue } from '../../charts/shared/format-value';

/** "How does each borough rank?": the ranked bars with intervals, legend, table twin and About text. */
export function RankedSection({
  indicator,
  model,
  spec,
  series,
  references,
  bestQuartile,
  chartWidth,
  onOpenDataEntry,
  exportSpec,
}: {
  readonly indicator: Indicator;
  readonly model: AreasComparison;
  readonly spec: ChartSpec<AreaComparison>;
  readonly series: RankedBarChartProps['series'] | undefined;
  readonly references: RankedBarChartProps['references'];
  readonly bestQuartile: RankedBarChartProps['bestQuartile'];
  readonly chartWidth?: number;
  readonly onOpenDataEntry: (id: Indicator['id']) => void;
  readonly exportSpec: FrameExport;
}) {
  const sourceLink = {
    href: `?v=data&i=${indicator.id}`,
    onFollow: () => onOpenDataEntry(indicator.id),
  };
  return (
    <ChartFrame
      title={spec.title}
      subtitle={spec.subtitle}
      source={spec.source}
      sourceLink={sourceLink}
      exportSpec={exportSpec}
      legend={
        <OutcomeLegend
          rows={model.rows}
          polarities={[indicator.polarity]}
          method={model.method}
          benchmarkName={model.benchmarkName}
          references={model.references.map((r) => ({
            label: r.label,
            value: formatValue(r.value, indicator.decimals ?? 2),
          }))}
          bestQuartile={bestQuartile !== undefined}
        />
      }
      chart={
        rankedBarIsApplicable(model.rows) ? (
          <RankedBarChart
            series={series!}
            references={references}
            bestQuartile={bestQuartile}
            unit={indicator.unit}
            width={chartWidth}
            description={`Bar chart of ${indicator.shortName} for London boroughs, ${model.period?.label ?? ''}. The table below gives every value.`}
          />
        ) : (
          <p>Too few boroughs have a value in this period to rank them.</p>
        )
      }
      table={<SpecTable spec={spec.table} />}
      notes={
        (indicator.caveats.length > 0 || indicator.releases) && (
          <details className="caveats">
            <summary>About this indicator</summary>
            <ul>
              {indicator.caveats.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
            {indicator.releases && (
              <>
                <p>Where each period comes from (newest release first):</p>
                <ul>
                  {describeReleases(indicator).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
            <p>
              Publisher: {indicator.source.publisher}.{' '}
              <a href={indicator.source.url}>Source page</a>.
            </p>
          </details>
        )
      }
    />
  );
}

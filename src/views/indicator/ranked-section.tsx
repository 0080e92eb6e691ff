import type { AreaComparison, Indicator } from '../../domain';
import { RankedBarChart } from '../../charts/ranked-bar/ranked-bar-chart';
import { rankedBarIsApplicable } from '../../charts/ranked-bar/ranked-bar-is-applicable';
import type { KindSpec } from '../../charts/specs/chart-kinds';
import { describeReleases } from '../../model/describe-releases';
import { ChartFrame } from '../shared/chart-frame';

/** "How does each borough rank?": the ranked bars with intervals, key, table twin and About text. */
export function RankedSection({
  indicator,
  spec,
  chartWidth,
  onOpenDataEntry,
  allCsv,
}: {
  readonly indicator: Indicator;
  readonly spec: KindSpec<'ranked-bar', AreaComparison>;
  readonly chartWidth?: number;
  readonly onOpenDataEntry: (id: Indicator['id']) => void;
  readonly allCsv: () => Promise<string>;
}) {
  const sourceLink = {
    href: `?v=data&i=${indicator.id}`,
    onFollow: () => onOpenDataEntry(indicator.id),
  };
  return (
    <ChartFrame
      spec={spec}
      sourceLink={sourceLink}
      allCsv={allCsv}
      chart={
        rankedBarIsApplicable(spec.table.rows) ? (
          <RankedBarChart {...spec.marks} width={chartWidth} description={spec.description} />
        ) : (
          <p>Too few boroughs have a value in this period to rank them.</p>
        )
      }
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

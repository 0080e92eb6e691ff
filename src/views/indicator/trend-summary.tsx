import {
  describeGap,
  describeTrend,
  type TrendSeries,
} from '../../charts/trend/build-trend-series';

/** Each line's recent trend and, for boroughs, whether the gap to the benchmark is closing. */
export function TrendSummary({ series }: { readonly series: TrendSeries }) {
  const boroughs = series.lines.filter((l) => !l.isBenchmark);
  return (
    <div className="trend-summary">
      {boroughs.length === 0 && (
        <p className="field__hint">
          Select boroughs to compare their trends with London and England.
        </p>
      )}
      <ul>
        {series.lines.map((l) => (
          <li key={l.key}>
            <strong>{l.name}</strong>: recent trend: {describeTrend(l.trend)}
            {!l.isBenchmark && (
              <>
                ; gap to {series.benchmarkName}: {describeGap(l.gap, series.benchmarkName)}
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="field__hint">
        Recent trend: the last 5 periods with 95% confidence intervals, Fingertips’ method (χ² test
        at 99.8%).
      </p>
    </div>
  );
}

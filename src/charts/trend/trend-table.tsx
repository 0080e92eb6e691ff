import { formatValue } from '../shared/format-value';
import { describeGap, describeTrend, type TrendSeries } from './build-trend-series';

/** The trend chart's twin: each line's values by period, with CIs, then its recent trend. */
export function TrendTable({
  series,
  caption,
}: {
  readonly series: TrendSeries;
  readonly caption: string;
}) {
  const cell = (row: TrendSeries['data'][number], key: string) => {
    const value = row[key] as number | null | undefined;
    const ci = row[`${key}Ci`] as readonly [number, number] | undefined;
    return value == null
      ? '–'
      : ci
        ? `${formatValue(value, 2)} (${formatValue(ci[0], 2)} to ${formatValue(ci[1], 2)})`
        : formatValue(value, 2);
  };
  return (
    <div className="table-scroll">
      <table className="data-table data-table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {series.lines.map((l) => (
              <th key={l.key} scope="col">
                {l.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.data.map((row) => (
            <tr key={String(row.period)}>
              <th scope="row">{String(row.period)}</th>
              {series.lines.map((l) => (
                <td key={l.key}>{cell(row, l.key)}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Recent trend</th>
            {series.lines.map((l) => (
              <td key={l.key}>{describeTrend(l.trend)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Is the gap closing?</th>
            {series.lines.map((l) => (
              <td key={l.key}>{l.isBenchmark ? '–' : describeGap(l.gap, series.benchmarkName)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

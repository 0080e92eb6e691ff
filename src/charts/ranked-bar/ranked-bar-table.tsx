import type { AreaComparison } from '../../domain';
import { formatValue } from '../shared/format-value';
import { describeOutcome, outcomeStyle } from '../shared/outcome-style';

export interface RankedBarTableProps {
  readonly rows: readonly AreaComparison[];
  readonly caption: string;
  readonly unit: string;
  readonly benchmarkName: string;
  readonly ciLabel: string;
  readonly showPublishedComparison: boolean;
}

/** The ranked chart's accessible twin: every area, including those without a value. */
export function RankedBarTable({
  rows,
  caption,
  unit,
  benchmarkName,
  ciLabel,
  showPublishedComparison,
}: RankedBarTableProps) {
  const hasCounts = rows.some((r) => r.count !== undefined || r.denominator !== undefined);
  const hasIntervals = rows.some((r) => r.interval);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Area</th>
            <th scope="col" className="num">
              Value ({unit})
            </th>
            {hasIntervals && (
              <th scope="col" className="num">
                {ciLabel}
              </th>
            )}
            {hasCounts && (
              <>
                <th scope="col" className="num">
                  Count
                </th>
                <th scope="col" className="num">
                  Denominator
                </th>
              </>
            )}
            <th scope="col">Compared with {benchmarkName}</th>
            {showPublishedComparison && <th scope="col">Published comparison</th>}
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.code} className={row.selected ? 'is-selected' : undefined}>
              <td>{row.value === null ? '–' : index + 1}</td>
              <th scope="row">
                {row.name}
                {row.selected && <span className="visually-hidden"> (selected)</span>}
              </th>
              <td className="num">{formatValue(row.value, 2)}</td>
              {hasIntervals && (
                <td className="num">
                  {row.interval
                    ? `${formatValue(row.interval.lower, 2)} to ${formatValue(row.interval.upper, 2)}`
                    : '–'}
                </td>
              )}
              {hasCounts && (
                <>
                  <td className="num">{formatValue(row.count, 0)}</td>
                  <td className="num">{formatValue(row.denominator, 0)}</td>
                </>
              )}
              <td>
                <span aria-hidden="true" className="outcome-symbol">
                  {outcomeStyle(row.outcome).symbol}
                </span>{' '}
                {describeOutcome(row.outcome, benchmarkName)}
              </td>
              {showPublishedComparison && <td>{row.publishedComparison ?? '–'}</td>}
              <td>{row.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

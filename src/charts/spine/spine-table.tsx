import { formatValue } from '../shared/format-value';
import { describeOutcome, describeQuintile, outcomeStyle } from '../shared/outcome-style';
import type { SpineRow } from './spine-row';

/** The spine chart's twin: the borough, London's spread, the benchmark and the best peer. */
export function SpineTable({
  rows,
  caption,
  boroughName,
  benchmarkName,
}: {
  readonly rows: readonly SpineRow[];
  readonly caption: string;
  readonly boroughName: string;
  readonly benchmarkName: string;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Period</th>
            <th scope="col" className="num">
              {boroughName}
            </th>
            <th scope="col">Compared with {benchmarkName}</th>
            <th scope="col">Quintile in London</th>
            <th scope="col" className="num">
              {benchmarkName}
            </th>
            <th scope="col" className="num">
              London lowest
            </th>
            <th scope="col" className="num">
              London quartiles
            </th>
            <th scope="col" className="num">
              London highest
            </th>
            <th scope="col">Best peer</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.indicator.id}|${row.sex}`}>
              <th scope="row">
                {row.indicator.shortName}{' '}
                <span className="field__hint">({row.indicator.unit})</span>
              </th>
              <td>
                {row.periodLabel}
                {row.sex !== 'Persons' ? `, ${row.sex}` : ''}
              </td>
              <td className="num">{formatValue(row.borough.value, 2)}</td>
              <td>
                {row.borough.outcome.kind !== 'not-compared' && (
                  <span aria-hidden="true" className="outcome-symbol">
                    {outcomeStyle(row.borough.outcome).symbol}{' '}
                  </span>
                )}
                {describeOutcome(row.borough.outcome, benchmarkName)}
                {row.borough.combinedArea && ` (value for ${row.borough.combinedArea} combined)`}
              </td>
              <td>
                {row.borough.quintile === undefined
                  ? '–'
                  : describeQuintile(row.borough.quintile, row.indicator.polarity)}
              </td>
              <td className="num">{formatValue(row.benchmark, 2)}</td>
              <td className="num">{formatValue(row.min, 2)}</td>
              <td className="num">
                {formatValue(row.q1, 2)} to {formatValue(row.q3, 2)}
              </td>
              <td className="num">{formatValue(row.max, 2)}</td>
              <td>
                {row.bestPeer
                  ? `${row.bestPeer.name}: ${formatValue(row.bestPeer.value, 2)}`
                  : row.indicator.polarity === 'no-judgement'
                    ? 'no judgement'
                    : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

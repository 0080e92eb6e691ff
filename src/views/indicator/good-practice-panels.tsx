import { formatValue } from '../../charts/shared/format-value';
import type { Indicator } from '../../domain';
import {
  describeComparisonCounts,
  type GoodPractice,
  type VariationPanel,
} from './build-good-practice';

/** How much the indicator varies across London's boroughs, as a small table. */
export function VariationSummaryPanel({
  panel,
  indicator,
  benchmarkName,
}: {
  readonly panel: VariationPanel;
  readonly indicator: Indicator;
  readonly benchmarkName: string;
}) {
  const s = panel.summary;
  return (
    <section className="panel" aria-labelledby="variation-heading">
      <h2 id="variation-heading" className="panel__title">
        How much does it vary?
      </h2>
      {'kind' in s ? (
        <p>Not enough values to describe the variation ({s.reason}).</p>
      ) : (
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">Variation across London boroughs</caption>
          <tbody>
            <tr>
              <th scope="row">Range ({s.n} boroughs)</th>
              <td>
                {formatValue(s.min, 2)} to {formatValue(s.max, 2)} {indicator.unit}
              </td>
            </tr>
            <tr>
              <th scope="row">Fold difference, highest ÷ lowest</th>
              <td>
                {s.foldDifference !== undefined
                  ? `${formatValue(s.foldDifference, 2)}×`
                  : 'not defined (lowest value is 0 or less)'}
              </td>
            </tr>
            <tr>
              <th scope="row">Fold difference without the {s.trimmed} highest and lowest</th>
              <td>
                {s.trimmedFoldDifference !== undefined
                  ? `${formatValue(s.trimmedFoldDifference, 2)}×`
                  : 'too few boroughs'}
              </td>
            </tr>
            <tr>
              <th scope="row">Inter-quartile range</th>
              <td>
                {formatValue(s.q1, 2)} to {formatValue(s.q3, 2)} ({formatValue(s.iqr, 2)})
              </td>
            </tr>
            <tr>
              <th scope="row">Coefficient of variation</th>
              <td>
                {s.coefficientOfVariation !== undefined
                  ? `${formatValue(s.coefficientOfVariation * 100, 1)}%`
                  : '–'}
              </td>
            </tr>
            <tr>
              <th scope="row">Compared with {benchmarkName}</th>
              <td>{describeComparisonCounts(panel.counts)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The best-quartile value, who is significantly better, and each selected borough's gap. */
export function GoodPracticePanel({
  good,
  indicator,
  benchmarkName,
}: {
  readonly good: GoodPractice;
  readonly indicator: Indicator;
  readonly benchmarkName: string;
}) {
  return (
    <section className="panel" aria-labelledby="good-heading">
      <h2 id="good-heading" className="panel__title">
        What good looks like
      </h2>
      {good.kind === 'no-judgement' && (
        <p>
          This indicator has no better or worse direction, so no best quartile or potential gain is
          given.
        </p>
      )}
      {good.kind === 'too-few-values' && (
        <p>Too few boroughs have a value to set a best quartile.</p>
      )}
      {good.kind === 'judged' && (
        <>
          <p>
            Best quartile:{' '}
            <strong>
              {formatValue(good.threshold, 2)} {indicator.unit}
            </strong>{' '}
            {good.direction} (a quarter of the {good.values} boroughs with a value do this well).
          </p>
          <p>
            Significantly better than {benchmarkName}:{' '}
            {good.significantlyBetter.length
              ? good.significantlyBetter.join(', ')
              : 'none shown by confidence interval in this period'}
            .
          </p>
          {good.selected.length === 0 ? (
            <p className="field__hint">Select boroughs to see their gap to the best quartile.</p>
          ) : (
            <table className="data-table data-table--compact">
              <caption>Selected boroughs against the best quartile</caption>
              <thead>
                <tr>
                  <th scope="col">Borough</th>
                  <th scope="col" className="num">
                    Value
                  </th>
                  <th scope="col" className="num">
                    Gap to best quartile
                  </th>
                  <th scope="col">Potential gain a year</th>
                </tr>
              </thead>
              <tbody>
                {good.selected.map((s) => (
                  <tr key={s.name}>
                    <th scope="row">{s.name}</th>
                    <td className="num">{formatValue(s.value, 2)}</td>
                    <td className="num">
                      {s.gap === undefined
                        ? '–'
                        : s.gap === 0
                          ? 'at or better'
                          : formatValue(s.gap, 2)}
                    </td>
                    <td>
                      {!s.gain
                        ? 'needs counts and denominators, not in this data'
                        : 'reason' in s.gain
                          ? s.gain.reason
                          : s.gain.kind === 'at-or-better'
                            ? 'none: already in the best quartile'
                            : `${formatValue(s.gain.perYear, 1)} events${s.gain.lower !== undefined ? ` (${formatValue(s.gain.lower, 1)} to ${formatValue(s.gain.upper, 1)})` : ''}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

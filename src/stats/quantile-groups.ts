import { invalidArgument } from './errors';

/**
 * Assigns each value to one of `quantiles` groups as PHEindicatormethods `phe_quantile` and
 * Fingertips do: values are ranked from worst to best (ascending when high is good, descending
 * when low is good, i.e. `invert = TRUE`), ties sharing the lowest rank, and
 *
 *   group = ⌊(q + 1) − ⌈((n + 1) − rank) / (n / q)⌉⌋, with 0 counted as 1,
 *
 * so group 1 holds the worst-performing values and group q the best. With fewer values than
 * groups no group is assigned (as PHEindicatormethods), and missing values never get one. Missing values get no group. This is the
 * rank-based algorithm (not PERCENTILE.INC), used where the product follows Fingertips'
 * quantile comparisons.
 *
 * @example for 12 North East values of Fingertips 40501 (low is good), the highest, 171.2, is in
 *   decile 1 and the lowest, 118.7 (Northumberland), in decile 10 (testdata_Quantiles).
 */
export function quantileGroups(
  values: readonly (number | null)[],
  quantiles: number,
  { highIsGood }: { readonly highIsGood: boolean },
): (number | null)[] {
  if (!(Number.isInteger(quantiles) && quantiles >= 2))
    invalidArgument(
      'quantileGroups',
      'quantiles',
      `must be a whole number of 2 or more (got ${quantiles})`,
    );
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length < quantiles) return values.map(() => null);
  const adjusted = (v: number) => (highIsGood ? v : -v);
  const sorted = present.map(adjusted).sort((a, b) => a - b);
  const n = present.length;
  return values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    const rank = sorted.indexOf(adjusted(v)) + 1;
    const group = Math.floor(quantiles + 1 - Math.ceil((n + 1 - rank) / (n / quantiles)));
    return Math.max(1, group);
  });
}

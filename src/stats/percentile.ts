import { invalidArgument } from './errors';

/**
 * Percentile by linear interpolation between closest ranks: Excel PERCENTILE.INC, R's
 * `quantile(type = 7)`, simple-statistics' `quantileSorted` with interpolation.
 *
 * h = (n − 1)·p; result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]) on the sorted values.
 * Valid for p in [0, 1] and at least one value; missing values must be removed first.
 *
 * @example percentile([1, 2, 3, 4], 0.25) === 1.75   // Excel: =PERCENTILE.INC({1,2,3,4},0.25)
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 1)) invalidArgument('percentile', 'p', `must be between 0 and 1 (got ${p})`);
  if (values.length === 0) invalidArgument('percentile', 'values', 'must not be empty');
  if (values.some((v) => !Number.isFinite(v)))
    invalidArgument('percentile', 'values', 'must all be finite numbers');
  return percentileOfSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}

/**
 * The same percentile of values already sorted ascending (finite, at least one), without
 * copying or sorting them again: several percentiles of one large sample sort it once.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (h - below) * (high - low);
}

export interface Quartiles {
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
}

/** 25th, 50th and 75th percentiles by PERCENTILE.INC. */
export function quartiles(values: readonly number[]): Quartiles {
  return {
    q1: percentile(values, 0.25),
    median: percentile(values, 0.5),
    q3: percentile(values, 0.75),
  };
}

/** Quintiles need at least this many values (methods.md). */
export const MIN_VALUES_FOR_QUINTILES = 5;

/**
 * Which fifth of `values` a value falls in, 1 (lowest) to 5 (highest), with boundaries at
 * the 20th, 40th, 60th and 80th PERCENTILE.INC percentiles. A value exactly on a boundary
 * goes to the lower quintile. Returns undefined for fewer than 5 values.
 *
 * @example quintileOf(3, [1, 2, 3, 4, 5, 6]) === 3   // boundaries 2, 3, 4, 5
 */
export function quintileOf(
  value: number,
  values: readonly number[],
): 1 | 2 | 3 | 4 | 5 | undefined {
  if (values.length < MIN_VALUES_FOR_QUINTILES) return undefined;
  const bounds = [0.2, 0.4, 0.6, 0.8].map((p) => percentile(values, p));
  const index = bounds.findIndex((bound) => value <= bound);
  return (index === -1 ? 5 : index + 1) as 1 | 2 | 3 | 4 | 5;
}

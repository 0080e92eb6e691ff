import { notComputable, type NotComputable } from './errors';
import { percentile } from './percentile';

export interface VariationSummary {
  readonly n: number;
  readonly min: number;
  readonly max: number;
  readonly range: number;
  /** max / min; undefined when the minimum is not positive. */
  readonly foldDifference?: number;
  /** max / min after dropping `trimmed` values at each end (RightCare Atlas style). */
  readonly trimmedFoldDifference?: number;
  readonly trimmed: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly iqr: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1). */
  readonly sd: number;
  /** sd / mean; undefined when the mean is 0. */
  readonly coefficientOfVariation?: number;
}

/**
 * How much values vary (methods.md, "Variation"): range, fold difference max/min and after
 * dropping the `trim` highest and lowest values (default 2 of 33, as the NHS RightCare Atlas of
 * Variation drops extremes), PERCENTILE.INC quartiles and IQR, and the coefficient of variation.
 * Needs at least 2 values; the trimmed fold needs more than 2·trim + 1.
 *
 * @example variationSummary([2, 4, 4, 4, 5, 5, 7, 9], 1) → range 7, fold 4.5, trimmed fold 7/4 = 1.75,
 *   q1 4, median 4.5, q3 5.5, mean 5, sd 2.13809, cv 0.427618
 */
export function variationSummary(
  values: readonly number[],
  trim = 2,
): VariationSummary | NotComputable {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length < 2) return notComputable(`needs at least 2 values (got ${finite.length})`);
  const sorted = [...finite].sort((a, b) => a - b);
  const n = sorted.length;
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  const mean = sorted.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(sorted.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const q1 = percentile(sorted, 0.25);
  const q3 = percentile(sorted, 0.75);
  const inner = n > 2 * trim + 1 ? sorted.slice(trim, n - trim) : undefined;
  const fold = (lo: number, hi: number) => (lo > 0 ? hi / lo : undefined);
  const trimmedFold = inner ? fold(inner[0]!, inner[inner.length - 1]!) : undefined;
  const foldDifference = fold(min, max);
  return {
    n,
    min,
    max,
    range: max - min,
    ...(foldDifference !== undefined && { foldDifference }),
    ...(trimmedFold !== undefined && { trimmedFoldDifference: trimmedFold }),
    trimmed: inner ? trim : 0,
    q1,
    median: percentile(sorted, 0.5),
    q3,
    iqr: q3 - q1,
    mean,
    sd,
    ...(mean !== 0 && { coefficientOfVariation: sd / mean }),
  };
}

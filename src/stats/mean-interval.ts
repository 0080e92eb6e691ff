import { invalidArgument } from './errors';
import { studentTQuantile } from './special-functions';

/**
 * Mean with Student's t confidence limits (PHEindicatormethods `phe_mean`):
 * mean ± t(1 − (1−c)/2; n−1) · sd/√n, with the sample standard deviation (n − 1).
 * Needs at least 2 finite values.
 *
 * @example meanInterval(Area1 values of testdata_Mean) → { value: 53.704345, lower: 36.168325,
 *   upper: 71.240365, sd: 20.975575, n: 8 }
 */
export function meanInterval(values: readonly number[], confidence = 0.95) {
  if (values.length < 2)
    invalidArgument('meanInterval', 'values', `needs at least 2 values (got ${values.length})`);
  if (values.some((v) => !Number.isFinite(v)))
    invalidArgument('meanInterval', 'values', 'must all be finite numbers');
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const half = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n));
  return { value: mean, lower: mean - half, upper: mean + half, sd, n };
}

import { invalidArgument } from './errors';
import { normalQuantile } from './normal';

export interface CorrelationInterval {
  readonly r: number;
  readonly lower: number;
  readonly upper: number;
  /** Whether the interval excludes 0: a correlation distinguishable from none at this level. */
  readonly significant: boolean;
}

/**
 * Confidence interval for a Pearson correlation r from n pairs by Fisher's z transformation
 * (Fisher 1921; e.g. Altman et al., Statistics with Confidence, 2nd ed., ch. 8):
 * z = atanh(r), SE = 1/√(n − 3), limits tanh(z ∓ z_{1−α/2}·SE). Needs n ≥ 4 and −1 < r < 1.
 *
 * @example correlationInterval(0.5, 30) → 0.1704 to 0.7290 (z = 0.54931, SE = 0.19245,
 *   0.54931 ∓ 1.95996 × 0.19245 = 0.17211 / 0.92651, tanh of each; R's cor.test gives the same)
 */
export function correlationInterval(r: number, n: number, confidence = 0.95): CorrelationInterval {
  if (!(n >= 4)) invalidArgument('correlationInterval', 'n', `needs at least 4 pairs (got ${n})`);
  if (!(r > -1 && r < 1))
    invalidArgument('correlationInterval', 'r', `must be between −1 and 1 exclusive (got ${r})`);
  const z = Math.atanh(r);
  const half = normalQuantile(1 - (1 - confidence) / 2) / Math.sqrt(n - 3);
  const lower = Math.tanh(z - half);
  const upper = Math.tanh(z + half);
  return { r, lower, upper, significant: lower > 0 || upper < 0 };
}

/**
 * The interval for R² (= r² in simple regression) from the interval for r: the squares of the
 * limits, with 0 as the lower limit when the interval for r includes 0.
 */
export function rSquaredInterval(interval: CorrelationInterval): { lower: number; upper: number } {
  const squares = [interval.lower ** 2, interval.upper ** 2].sort((a, b) => a - b);
  return interval.significant
    ? { lower: squares[0]!, upper: squares[1]! }
    : { lower: 0, upper: squares[1]! };
}

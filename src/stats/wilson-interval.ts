import { invalidArgument } from './errors';
import { zForConfidence } from './normal';

export interface Limits {
  readonly lower: number;
  readonly upper: number;
}

/**
 * Wilson score interval for a proportion x/n (Wilson 1927; Newcombe, Stat Med 1998 method 3),
 * as PHEindicatormethods `phe_proportion` and `wilson_lower`/`wilson_upper`:
 *
 *   L, U = (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²)), then × multiplier.
 *
 * Valid for 0 ≤ x ≤ n, n > 0. At x = 0 the lower limit is 0; at x = n the upper is 1.
 *
 * @example wilsonInterval(65, 100) → { lower: 0.55254, upper: 0.73572 } (PHEindicatormethods
 *   testdata_Byars_Wilson, x = 65, n = 100, 95%)
 */
export function wilsonInterval(x: number, n: number, confidence = 0.95, multiplier = 1): Limits {
  if (!(n > 0)) invalidArgument('wilsonInterval', 'n', `must be greater than 0 (got ${n})`);
  if (!(x >= 0 && x <= n))
    invalidArgument('wilsonInterval', 'x', `must be between 0 and n = ${n} (got ${x})`);
  const z = zForConfidence(confidence);
  const z2 = z * z;
  const spread = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
  const denominator = 2 * (n + z2);
  return {
    lower: Math.max(0, (2 * x + z2 - spread) / denominator) * multiplier,
    upper: Math.min(1, (2 * x + z2 + spread) / denominator) * multiplier,
  };
}

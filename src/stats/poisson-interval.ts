import { invalidArgument } from './errors';
import { zForConfidence } from './normal';
import { chiSquaredQuantile } from './special-functions';
import type { Limits } from './wilson-interval';

/**
 * Byar's approximation to the Poisson confidence limits for an observed count x
 * (Breslow & Day 1987, vol. II, p. 69; PHEindicatormethods `byars_lower`/`byars_upper`):
 *
 *   L = x·(1 − 1/(9x) − z/(3√x))³,   U = (x+1)·(1 − 1/(9(x+1)) + z/(3√(x+1)))³.
 *
 * Valid for x ≥ 0 (L is 0 at x = 0). Used from 10 events upwards.
 *
 * @example byarLimits(65) → { lower: 50.16319, upper: 82.84914 } (PHEindicatormethods testdata_B_W)
 */
export function byarLimits(x: number, confidence = 0.95): Limits {
  if (!(x >= 0)) invalidArgument('byarLimits', 'x', `must be 0 or more (got ${x})`);
  const z = zForConfidence(confidence);
  const lower = x === 0 ? 0 : x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3;
  const upper = (x + 1) * (1 - 1 / (9 * (x + 1)) + z / (3 * Math.sqrt(x + 1))) ** 3;
  return { lower: Math.max(0, lower), upper };
}

/**
 * Exact Poisson confidence limits for an observed count x, from the chi-squared distribution
 * (Garwood 1936; PHEindicatormethods `poisson_cis`):
 *
 *   L = χ²((1−c)/2; 2x)/2,   U = χ²(1−(1−c)/2; 2x+2)/2,   L = 0 at x = 0.
 *
 * @example exactPoissonLimits(1) → { lower: 0.0253178, upper: 5.5716434 } (testdata_Rate, Area1)
 */
export function exactPoissonLimits(x: number, confidence = 0.95): Limits {
  if (!(x >= 0)) invalidArgument('exactPoissonLimits', 'x', `must be 0 or more (got ${x})`);
  if (!(confidence > 0 && confidence < 1))
    invalidArgument(
      'exactPoissonLimits',
      'confidence',
      `must be between 0 and 1 (got ${confidence})`,
    );
  const alpha = 1 - confidence;
  return {
    lower: x === 0 ? 0 : chiSquaredQuantile(alpha / 2, 2 * x) / 2,
    upper: chiSquaredQuantile(1 - alpha / 2, 2 * x + 2) / 2,
  };
}

/** Below this many events the exact method is used, from it Byar's (PHEindicatormethods). */
const BYAR_THRESHOLD = 10;

/**
 * Confidence limits on an observed count: exact Poisson below 10 events, Byar's from 10,
 * as Fingertips and PHEindicatormethods `phe_rate` / `phe_isr` do.
 *
 * @example poissonInterval(20) → { lower: 12.21143, upper: 30.88988 } (testdata_Rate Area3, ÷ 100/100)
 */
export function poissonInterval(x: number, confidence = 0.95): Limits {
  return x < BYAR_THRESHOLD ? exactPoissonLimits(x, confidence) : byarLimits(x, confidence);
}

/**
 * Crude rate x/n × multiplier with limits from `poissonInterval` scaled the same way
 * (PHEindicatormethods `phe_rate`). Valid for x ≥ 0 and n > 0.
 *
 * @example rateInterval(20, 100, 0.95, 100) → { value: 20, lower: 12.21143, upper: 30.88988 }
 */
export function rateInterval(x: number, n: number, confidence = 0.95, multiplier = 100000) {
  if (!(n > 0)) invalidArgument('rateInterval', 'n', `must be greater than 0 (got ${n})`);
  if (!(x >= 0)) invalidArgument('rateInterval', 'x', `must be 0 or more (got ${x})`);
  const limits = poissonInterval(x, confidence);
  return {
    value: (x / n) * multiplier,
    lower: (limits.lower / n) * multiplier,
    upper: (limits.upper / n) * multiplier,
  };
}

/**
 * Indirectly standardised ratio O/E × reference (100 for an SMR shown as a percentage), with
 * limits from `poissonInterval` on O divided by E (PHEindicatormethods `phe_isr`, `phe_smr`).
 * Valid for observed ≥ 0 and expected > 0.
 *
 * @example ratioInterval(91, 835.88356, 0.95, 1) → value 0.108866 (testresults_ISR, testdata_small ÷ ref rate)
 */
export function ratioInterval(
  observed: number,
  expected: number,
  confidence = 0.95,
  reference = 100,
) {
  if (!(expected > 0))
    invalidArgument('ratioInterval', 'expected', `must be greater than 0 (got ${expected})`);
  if (!(observed >= 0))
    invalidArgument('ratioInterval', 'observed', `must be 0 or more (got ${observed})`);
  const limits = poissonInterval(observed, confidence);
  return {
    value: (observed / expected) * reference,
    lower: (limits.lower / expected) * reference,
    upper: (limits.upper / expected) * reference,
  };
}

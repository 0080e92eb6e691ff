/* eslint-disable no-loss-of-precision -- Cody's coefficients are kept digit for digit as published; each rounds to the nearest double. */
import { invalidArgument } from './errors';

/* Acklam's coefficients, hoisted: the quantile is computed thousands of times per funnel. */
const ACKLAM_A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
];
const ACKLAM_B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
];
const ACKLAM_C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/**
 * Inverse of the standard normal distribution function (the z for a cumulative probability).
 * Acklam's rational approximation (relative error < 1.15e-9) refined by one step of Halley's
 * method with an erfc accurate to ~1e-16, giving full double precision.
 * Reference: P. J. Acklam, "An algorithm for computing the inverse normal cumulative
 * distribution function" (2003); W. J. Cody, Math. Comp. 23 (1969) for erfc.
 *
 * @example normalQuantile(0.975) ≈ 1.959963985  normalQuantile(0.999) ≈ 3.090232306
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1))
    invalidArgument('normalQuantile', 'p', `must be strictly between 0 and 1 (got ${p})`);
  const pLow = 0.02425;
  let x: number;
  if (p < pLow) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((ACKLAM_C[0]! * q + ACKLAM_C[1]!) * q + ACKLAM_C[2]!) * q + ACKLAM_C[3]!) * q +
        ACKLAM_C[4]!) *
        q +
        ACKLAM_C[5]!) /
      ((((ACKLAM_D[0]! * q + ACKLAM_D[1]!) * q + ACKLAM_D[2]!) * q + ACKLAM_D[3]!) * q + 1);
  } else if (p <= 1 - pLow) {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((ACKLAM_A[0]! * r + ACKLAM_A[1]!) * r + ACKLAM_A[2]!) * r + ACKLAM_A[3]!) * r +
        ACKLAM_A[4]!) *
        r +
        ACKLAM_A[5]!) *
        q) /
      (((((ACKLAM_B[0]! * r + ACKLAM_B[1]!) * r + ACKLAM_B[2]!) * r + ACKLAM_B[3]!) * r +
        ACKLAM_B[4]!) *
        r +
        1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(
        ((((ACKLAM_C[0]! * q + ACKLAM_C[1]!) * q + ACKLAM_C[2]!) * q + ACKLAM_C[3]!) * q +
          ACKLAM_C[4]!) *
          q +
        ACKLAM_C[5]!
      ) /
      ((((ACKLAM_D[0]! * q + ACKLAM_D[1]!) * q + ACKLAM_D[2]!) * q + ACKLAM_D[3]!) * q + 1);
  }
  // One Halley step against the exact normal CDF.
  const e = 0.5 * erfc(-x / Math.SQRT2) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/**
 * Complementary error function, W. J. Cody's rational Chebyshev approximations
 * (Math. Comp. 1969), accurate to about 1e-16.
 */
function erfc(x: number): number {
  const ax = Math.abs(x);
  let result: number;
  if (ax < 0.5) {
    const t = x * x;
    const top =
      (((0.185777706184603153 * t + 3.1611237438705656) * t + 113.864154151050156) * t +
        377.485237685302021) *
        t +
      3209.37758913846947;
    const bot =
      (((t + 23.6012909523441209) * t + 244.024637934444173) * t + 1282.61652607737228) * t +
      2844.23683343917062;
    return 1 - (x * top) / bot;
  } else if (ax < 4) {
    const top =
      (((((((2.15311535474403846e-8 * ax + 0.564188496988670089) * ax + 8.88314979438837594) * ax +
        66.1191906371416295) *
        ax +
        298.635138197400131) *
        ax +
        881.95222124176909) *
        ax +
        1712.04761263407058) *
        ax +
        2051.07837782607147) *
        ax +
      1230.33935479799725;
    const bot =
      (((((((ax + 15.7449261107098347) * ax + 117.693950891312499) * ax + 537.181101862009858) *
        ax +
        1621.38957456669019) *
        ax +
        3290.79923573345963) *
        ax +
        4362.61909014324716) *
        ax +
        3439.36767414372164) *
        ax +
      1230.33935480374942;
    result = (Math.exp(-ax * ax) * top) / bot;
  } else {
    const z = 1 / (ax * ax);
    const top =
      ((((0.0163153871373020978 * z + 0.305326634961232344) * z + 0.360344899949804439) * z +
        0.125781726111229246) *
        z +
        0.0160837851487422766) *
        z +
      0.000658749161529837803;
    const bot =
      ((((z + 2.56852019228982242) * z + 1.87295284992346725) * z + 0.527905102951428412) * z +
        0.0605183413124413191) *
        z +
      0.00233520497626869185;
    result = (Math.exp(-ax * ax) / ax) * (0.5641895835477563 - (z * top) / bot);
  }
  return x < 0 ? 2 - result : result;
}

/** The few confidence levels in use (95%, 99.8%, …), each z computed once. */
const Z_FOR_CONFIDENCE = new Map<number, number>();

/** z for a two-sided confidence level: 0.95 → 1.959964, 0.998 → 3.090232. */
export function zForConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1))
    invalidArgument(
      'zForConfidence',
      'confidence',
      `must be between 0 and 1, e.g. 0.95 (got ${confidence})`,
    );
  let z = Z_FOR_CONFIDENCE.get(confidence);
  if (z === undefined) {
    z = normalQuantile(1 - (1 - confidence) / 2);
    Z_FOR_CONFIDENCE.set(confidence, z);
  }
  return z;
}

import { normalQuantile } from './normal';
import { invalidArgument } from './errors';

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/**
 * Natural log of the gamma function, Lanczos approximation (g = 7, n = 9), relative error
 * about 1e-15 for x > 0. Reference: C. Lanczos, SIAM J. Numer. Anal. B1 (1964); Press et al.,
 * Numerical Recipes, 3rd ed., §6.1.
 */
function lnGamma(x: number): number {
  if (!(x > 0)) invalidArgument('lnGamma', 'x', `must be positive (got ${x})`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const xm1 = x - 1;
  let a = LANCZOS[0]!;
  const t = xm1 + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (xm1 + i);
  return 0.5 * Math.log(2 * Math.PI) + (xm1 + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-16;
const TINY = 1e-300;

/**
 * Regularised lower incomplete gamma P(a, x): series for x < a + 1, Lentz's continued fraction
 * for Q otherwise (Numerical Recipes §6.2). Accurate to about 1e-15.
 */
export function gammaP(a: number, x: number): number {
  if (!(a > 0)) invalidArgument('gammaP', 'a', `must be positive (got ${a})`);
  if (x <= 0) return 0;
  const logPrefix = a * Math.log(x) - x - lnGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return sum * Math.exp(logPrefix);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return 1 - Math.exp(logPrefix) * h;
}

/** Finds x with f(x) = target for increasing f on [lo, hi] by bisection to machine precision. */
function invertIncreasing(
  f: (x: number) => number,
  target: number,
  lo: number,
  hi: number,
): number {
  while (f(hi) < target) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Quantile of the gamma distribution with shape a and scale 1: x with P(a, x) = p.
 *
 * Newton's method on P(a, x) − p from the Wilson–Hilferty approximation (Numerical Recipes
 * §6.2.1, `invgammp`), which converges in a handful of steps where bisection takes about sixty:
 * a funnel of exact Poisson limits needs hundreds of these per redraw. Each step keeps a bracket
 * [lo, hi] around the root and bisects it whenever a Newton step would leave it, so the answer
 * is the same root to within a few units in the last place.
 */
export function gammaQuantile(p: number, a: number): number {
  if (!(p >= 0 && p < 1)) invalidArgument('gammaQuantile', 'p', `must be in [0, 1) (got ${p})`);
  if (p === 0) return 0;
  const z = normalQuantile(p);
  const start = a * (1 - 1 / (9 * a) + z / (3 * Math.sqrt(a))) ** 3;
  let x = start > 0 ? start : Math.min(1, a) * p ** (1 / a);
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  const logNorm = lnGamma(a);
  for (let i = 0; i < 200; i++) {
    const f = gammaP(a, x) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) - x - logNorm);
    let next = x - f / density;
    if (!(next > lo && next < hi)) next = Number.isFinite(hi) ? (lo + hi) / 2 : x * 2;
    if (Math.abs(next - x) <= 4 * Number.EPSILON * x) return next;
    x = next;
  }
  return invertIncreasing((v) => gammaP(a, v), p, 0, Math.max(1, 2 * a + 10));
}

/** Quantile of the chi-squared distribution with k degrees of freedom (R's qchisq). */
export const chiSquaredQuantile = (p: number, k: number): number => 2 * gammaQuantile(p, k / 2);

/**
 * Regularised incomplete beta I_x(a, b), continued fraction by Lentz's method
 * (Numerical Recipes §6.4).
 */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
  );
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 10000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return (front * h) / a;
}

/** Student's t cumulative distribution function with df degrees of freedom. */
function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Quantile of Student's t distribution (R's qt), by bisection on the CDF. */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1))
    invalidArgument('studentTQuantile', 'p', `must be strictly between 0 and 1 (got ${p})`);
  if (!(df > 0)) invalidArgument('studentTQuantile', 'df', `must be positive (got ${df})`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  return invertIncreasing((t) => studentTCdf(t, df), p, 0, 10);
}

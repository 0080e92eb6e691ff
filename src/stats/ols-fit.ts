import { invalidArgument } from './errors';
import { studentTQuantile } from './special-functions';

export interface OlsFit {
  readonly n: number;
  readonly slope: number;
  readonly intercept: number;
  readonly r2: number;
  /** Residual standard error s = √(SSE / (n − 2)). */
  readonly residualSe: number;
  /** Fitted value with its 95% prediction interval for a new observation at x. */
  readonly predict: (x: number) => { fit: number; lower: number; upper: number };
}

/**
 * Ordinary least squares y = a + b·x with R² and the 95% prediction interval
 * ŷ ± t(0.975; n−2) · s · √(1 + 1/n + (x − x̄)²/Sxx) (any regression text, e.g. Draper & Smith,
 * Applied Regression Analysis, §1.4). Used for outcome against deprivation (parity view).
 * Needs at least 3 points and x values that are not all equal.
 *
 * @example olsFit([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]) → slope 0.6, intercept 2.2, R² 0.6;
 *   predict(3) → 4 ± 3.18245 × √0.96 = [0.88185, 7.11815]
 */
export function olsFit(x: readonly number[], y: readonly number[]): OlsFit {
  if (x.length !== y.length)
    invalidArgument(
      'olsFit',
      'x, y',
      `must have the same length (got ${x.length} and ${y.length})`,
    );
  const n = x.length;
  if (n < 3) invalidArgument('olsFit', 'x', `needs at least 3 points (got ${n})`);
  if ([...x, ...y].some((v) => !Number.isFinite(v)))
    invalidArgument('olsFit', 'x, y', 'must all be finite numbers');
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  x.forEach((xi, i) => {
    const dx = xi - mx;
    const dy = y[i]! - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  });
  if (sxx === 0) invalidArgument('olsFit', 'x', 'must not all be equal');
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const sse = Math.max(0, syy - slope * sxy);
  const residualSe = Math.sqrt(sse / (n - 2));
  const t = studentTQuantile(0.975, n - 2);
  return {
    n,
    slope,
    intercept,
    r2: syy === 0 ? 1 : 1 - sse / syy,
    residualSe,
    predict: (x0) => {
      const fit = intercept + slope * x0;
      const half = t * residualSe * Math.sqrt(1 + 1 / n + (x0 - mx) ** 2 / sxx);
      return { fit, lower: fit - half, upper: fit + half };
    },
  };
}

import { invalidArgument } from './errors';
import { zForConfidence } from './normal';
import { percentile } from './percentile';

/** One unit on a funnel, with its observed value and the standard error under the target. */
export type DispersionUnit =
  | { readonly type: 'proportion'; readonly numerator: number; readonly denominator: number }
  | { readonly type: 'ratio'; readonly observed: number; readonly expected: number }
  | {
      readonly type: 'rate';
      readonly observed: number;
      readonly population: number;
      readonly multiplier: number;
    };

export interface Overdispersion {
  /** Estimated dispersion φ = Σ z̃ᵢ² / k from Winsorised z-scores. */
  readonly phi: number;
  /** Additive between-unit variance τ², in the units of y (0 when φ ≤ 1). */
  readonly tau2: number;
  readonly k: number;
  readonly zScores: readonly number[];
}

/** y and its standard error s under the target θ, for a unit of a given size. */
function standardError(
  type: DispersionUnit['type'],
  target: number,
  size: number,
  multiplier = 1,
): number {
  if (!(size > 0)) invalidArgument('standardError', 'size', `must be positive (got ${size})`);
  switch (type) {
    case 'proportion':
      return Math.sqrt((target * (1 - target)) / size);
    case 'ratio':
      return Math.sqrt(target / size);
    case 'rate':
      return Math.sqrt((target * multiplier) / size);
  }
}

const observedAndSize = (u: DispersionUnit): [number, number, number] => {
  switch (u.type) {
    case 'proportion':
      return [u.numerator / u.denominator, u.denominator, 1];
    case 'ratio':
      return [u.observed / u.expected, u.expected, 1];
    case 'rate':
      return [(u.observed / u.population) * u.multiplier, u.population, u.multiplier];
  }
};

/**
 * Over-dispersion of units around a target (Spiegelhalter, Stat Med 2005;24:1185–1202,
 * doi:10.1002/sim.1970, §3.3): zᵢ = (yᵢ − θ)/sᵢ, Winsorised at the 10th and 90th percentiles
 * (PERCENTILE.INC); φ = Σz̃ᵢ²/k; additive random effects τ² = max(0, (kφ − (k − 1)) /
 * (Σwᵢ − Σwᵢ²/Σwᵢ)) with wᵢ = 1/sᵢ². θ is a proportion (0–1), a ratio (1) or a rate per multiplier.
 *
 * @example units (O, E) = (20, 10), (5, 10), (10, 10), (10, 10) against θ = 1:
 *   z = 3.162, −1.581, 0, 0 → Winsorised 2.214, −1.107, 0, 0 → φ = 1.53125, τ² = 0.1041667.
 */
export function overdispersion(
  units: readonly DispersionUnit[],
  target: number,
  winsorise = 0.1,
): Overdispersion {
  if (units.length < 3)
    invalidArgument('overdispersion', 'units', `needs at least 3 units (got ${units.length})`);
  if (!(winsorise >= 0 && winsorise < 0.5))
    invalidArgument('overdispersion', 'winsorise', `must be in [0, 0.5) (got ${winsorise})`);
  const scored = units.map((u) => {
    const [y, size, multiplier] = observedAndSize(u);
    const s = standardError(u.type, target, size, multiplier);
    return { z: (y - target) / s, w: 1 / (s * s) };
  });
  const zScores = scored.map((u) => u.z);
  const low = percentile(zScores, winsorise);
  const high = percentile(zScores, 1 - winsorise);
  const k = scored.length;
  const phi = zScores.reduce((sum, z) => sum + Math.min(high, Math.max(low, z)) ** 2, 0) / k;
  const sumW = scored.reduce((s, u) => s + u.w, 0);
  const sumW2 = scored.reduce((s, u) => s + u.w * u.w, 0);
  const tau2 = Math.max(0, (k * phi - (k - 1)) / (sumW - sumW2 / sumW));
  return { phi, tau2, k, zScores };
}

/**
 * Funnel limits allowing for over-dispersion, on the normal approximation (Spiegelhalter 2005):
 * multiplicative θ ± z·sᵢ·√φ (only when φ > 1), or additive θ ± z·√(sᵢ² + τ²).
 * `size` is the denominator, expected count or population.
 */
export function overdispersedLimits(
  type: DispersionUnit['type'],
  target: number,
  size: number,
  dispersion: Overdispersion,
  mode: 'multiplicative' | 'additive',
  confidence = 0.95,
  multiplier = 1,
): { lower: number; upper: number } {
  const s = standardError(type, target, size, multiplier);
  const z = zForConfidence(confidence);
  const spread =
    mode === 'multiplicative'
      ? s * Math.sqrt(Math.max(1, dispersion.phi))
      : Math.sqrt(s * s + dispersion.tau2);
  return { lower: target - z * spread, upper: target + z * spread };
}

import { invalidArgument, notComputable, type NotComputable } from './errors';
import { byarLimits } from './poisson-interval';

/** Fewer events than this give no DSR (PHEindicatormethods, Fingertips). */
const DSR_MIN_EVENTS = 10;

/**
 * Directly standardised rate with Dobson confidence limits (Dobson et al., Stat Med 1991;
 * PHEindicatormethods `phe_dsr`, independent events):
 *
 *   DSR = Σ(xᵢwᵢ/nᵢ) / Σwᵢ × multiplier,   var = Σ(xᵢwᵢ²/nᵢ²) / (Σwᵢ)²,
 *   limits = DSR + √(var/O)·(O_L,U − O) × multiplier, with O = Σxᵢ and O_L,U from Byar's method.
 *
 * Inputs are per age band: counts xᵢ ≥ 0, populations nᵢ > 0, standard weights wᵢ ≥ 0, all
 * the same length. Not computable below 10 events in total.
 *
 * @example dobsonInterval(counts, pops, esp2013, 0.95, 10000) for `testdata_small` (91 events)
 *   → { value: 110.32120, lower: 87.74558, upper: 136.70882 } (PHEindicatormethods testresults_DSR)
 */
export function dobsonInterval(
  counts: readonly number[],
  populations: readonly number[],
  standard: readonly number[],
  confidence = 0.95,
  multiplier = 100000,
): { value: number; lower: number; upper: number } | NotComputable {
  if (counts.length !== populations.length || counts.length !== standard.length)
    invalidArgument(
      'dobsonInterval',
      'counts, populations, standard',
      `must have the same length (got ${counts.length}, ${populations.length}, ${standard.length})`,
    );
  if (counts.length === 0) invalidArgument('dobsonInterval', 'counts', 'must not be empty');
  if (counts.some((x) => !(x >= 0)))
    invalidArgument('dobsonInterval', 'counts', 'must all be 0 or more');
  if (populations.some((n) => !(n > 0)))
    invalidArgument('dobsonInterval', 'populations', 'must all be greater than 0');
  if (standard.some((w) => !(w >= 0)))
    invalidArgument('dobsonInterval', 'standard', 'must all be 0 or more');

  const observed = counts.reduce((s, x) => s + x, 0);
  if (observed < DSR_MIN_EVENTS)
    return notComputable(`fewer than ${DSR_MIN_EVENTS} events (${observed})`);
  const totalWeight = standard.reduce((s, w) => s + w, 0);
  let rate = 0;
  let variance = 0;
  counts.forEach((x, i) => {
    const n = populations[i]!;
    const w = standard[i]!;
    rate += (x * w) / n;
    variance += (x * w * w) / (n * n);
  });
  rate /= totalWeight;
  variance /= totalWeight * totalWeight;
  const { lower, upper } = byarLimits(observed, confidence);
  const scale = Math.sqrt(variance / observed);
  return {
    value: rate * multiplier,
    lower: (rate + scale * (lower - observed)) * multiplier,
    upper: (rate + scale * (upper - observed)) * multiplier,
  };
}

import { invalidArgument } from './errors';
import { percentileOfSorted } from './percentile';

export interface RankInput {
  readonly code: string;
  readonly count: number;
  readonly denominator: number;
}

export interface RankInterval {
  readonly code: string;
  /** Rank of the observed rate: 1 = highest. */
  readonly rank: number;
  readonly lower: number;
  readonly upper: number;
}

/** mulberry32: a small, fast, seeded PRNG, so bootstraps are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Poisson draw: Knuth's multiplication below λ = 30, a normal approximation with continuity above. */
function poissonDraw(lambda: number, random: () => number): number {
  if (lambda <= 0) return 0;
  if (lambda < 30) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = random();
    while (p > limit) {
      k++;
      p *= random();
    }
    return k;
  }
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
}

const ranksOf = (rates: readonly number[]) => {
  const order = rates.map((r, i) => [r, i] as const).sort((a, b) => b[0] - a[0]);
  const ranks = new Array<number>(rates.length);
  order.forEach(([, i], position) => (ranks[i] = position + 1));
  return ranks;
};

/**
 * The shared bootstrap: `draws` times, rank every area's resampled value (1 = highest) and
 * keep each area's 2.5th and 97.5th percentile rank.
 */
function bootstrapRanks(
  codes: readonly string[],
  observed: readonly number[],
  resample: (i: number) => number,
  draws: number,
): RankInterval[] {
  const ranks = ranksOf(observed);
  // One typed array per area, filled in place and sorted once for both percentiles: the same
  // intervals as sorting a copy per percentile, at a fraction of the cost (parity redraws them).
  const samples = codes.map(() => new Float64Array(draws));
  // Each draw ranks as ranksOf does (a stable sort, highest first, ties in area order) but in
  // reused arrays, without allocating per draw.
  const n = codes.length;
  const drawn = new Float64Array(n);
  const order: number[] = Array.from({ length: n }, (_, i) => i);
  const byDrawnDescending = (a: number, b: number) => drawn[b]! - drawn[a]!;
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < n; i++) {
      drawn[i] = resample(i);
      order[i] = i;
    }
    order.sort(byDrawnDescending);
    for (let position = 0; position < n; position++) samples[order[position]!]![d] = position + 1;
  }
  return codes.map((code, i) => {
    const sorted = samples[i]!.sort();
    return {
      code,
      rank: ranks[i]!,
      lower: Math.round(percentileOfSorted(sorted, 0.025)),
      upper: Math.round(percentileOfSorted(sorted, 0.975)),
    };
  });
}

/**
 * Rank uncertainty by a parametric bootstrap (methods.md, "Rank uncertainty"; Marshall &
 * Spiegelhalter, BMJ 1998;316:1701): each draw resamples every area's count from a Poisson
 * with its observed count as mean, ranks the resulting rates (1 = highest), and the 2.5th and
 * 97.5th percentiles of each area's ranks form its 95% rank interval. Seeded, so the same
 * inputs always give the same intervals.
 */
export function rankIntervals(
  points: readonly RankInput[],
  { draws = 1000, seed = 20260101 } = {},
): RankInterval[] {
  if (points.length < 2)
    invalidArgument('rankIntervals', 'points', `needs at least 2 areas (got ${points.length})`);
  if (points.some((p) => !(p.denominator > 0) || !(p.count >= 0)))
    invalidArgument('rankIntervals', 'points', 'need counts ≥ 0 and denominators > 0');
  if (!(Number.isInteger(draws) && draws >= 100))
    invalidArgument(
      'rankIntervals',
      'draws',
      `must be a whole number of at least 100 (got ${draws})`,
    );
  const random = seededRandom(seed);
  return bootstrapRanks(
    points.map((p) => p.code),
    points.map((p) => p.count / p.denominator),
    (i) => poissonDraw(points[i]!.count, random) / points[i]!.denominator,
    draws,
  );
}

export interface RankInputWithInterval {
  readonly code: string;
  readonly value: number;
  /** A published 95% confidence interval around the value. */
  readonly lower: number;
  readonly upper: number;
}

/** A standard normal draw (Box–Muller) from the seeded generator. */
const normalDraw = (random: () => number) =>
  Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/**
 * Rank uncertainty where only values and their 95% confidence intervals are published (no
 * counts): the same parametric bootstrap as `rankIntervals`, each draw taking every area's value
 * from a normal distribution with SE = (upper − lower) / (2 × 1.959964), as Goldstein &
 * Spiegelhalter (JRSS A 1996;159:385) rank "league tables" from estimates and their standard
 * errors. 1 = highest; seeded, so the same inputs always give the same intervals.
 *
 * @example two areas 10 (9.9 to 10.1) and 20 (19.9 to 20.1): ranks 2 and 1, intervals 2–2 and 1–1.
 */
export function rankIntervalsFromIntervals(
  points: readonly RankInputWithInterval[],
  { draws = 1000, seed = 20260101 } = {},
): RankInterval[] {
  if (points.length < 2)
    invalidArgument(
      'rankIntervalsFromIntervals',
      'points',
      `needs at least 2 areas (got ${points.length})`,
    );
  if (points.some((p) => !(p.lower <= p.value && p.value <= p.upper)))
    invalidArgument('rankIntervalsFromIntervals', 'points', 'need lower ≤ value ≤ upper');
  const random = seededRandom(seed);
  const se = points.map((p) => (p.upper - p.lower) / (2 * 1.959964));
  return bootstrapRanks(
    points.map((p) => p.code),
    points.map((p) => p.value),
    (i) => points[i]!.value + se[i]! * normalDraw(random),
    draws,
  );
}

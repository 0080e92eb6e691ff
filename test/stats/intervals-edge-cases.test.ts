import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byarLimits,
  dobsonInterval,
  exactPoissonLimits,
  meanInterval,
  poissonInterval,
  rateInterval,
  ratioInterval,
  wilsonInterval,
} from '../../src/stats';

describe('interval edge cases', () => {
  it('Wilson at x = 0 has lower limit 0, at x = n upper limit 1', () => {
    expect(wilsonInterval(0, 50).lower).toBe(0);
    expect(wilsonInterval(0, 50).upper).toBeGreaterThan(0);
    expect(wilsonInterval(50, 50).upper).toBe(1);
    expect(wilsonInterval(50, 50).lower).toBeLessThan(1);
  });

  it('rejects n = 0 and x outside 0..n with a message naming the argument', () => {
    expect(() => wilsonInterval(0, 0)).toThrow('wilsonInterval: n must be greater than 0 (got 0)');
    expect(() => wilsonInterval(6, 5)).toThrow(
      'wilsonInterval: x must be between 0 and n = 5 (got 6)',
    );
    expect(() => rateInterval(1, 0)).toThrow('rateInterval: n must be greater than 0 (got 0)');
    expect(() => ratioInterval(1, 0)).toThrow(
      'ratioInterval: expected must be greater than 0 (got 0)',
    );
    expect(() => wilsonInterval(1, 10, 1.2)).toThrow(
      'zForConfidence: confidence must be between 0 and 1',
    );
  });

  it('Poisson limits at 0 events: lower 0, upper −ln(0.025)', () => {
    expect(exactPoissonLimits(0)).toEqual({
      lower: 0,
      upper: expect.closeTo(-Math.log(0.025), 12),
    });
    expect(byarLimits(0).lower).toBe(0);
  });

  it('DSR is not computable below 10 events, and rejects mismatched bands', () => {
    expect(dobsonInterval([3, 6], [100, 100], [1, 1])).toEqual({
      kind: 'not-computable',
      reason: 'fewer than 10 events (9)',
    });
    expect(() => dobsonInterval([1], [1, 2], [1])).toThrow(
      'dobsonInterval: counts, populations, standard must have the same length (got 1, 2, 1)',
    );
    expect(() => dobsonInterval([10], [0], [1])).toThrow(
      'dobsonInterval: populations must all be greater than 0',
    );
  });

  it('a mean needs two values', () => {
    expect(() => meanInterval([1])).toThrow('meanInterval: values needs at least 2 values (got 1)');
  });
});

describe('interval properties (fast-check)', () => {
  const confidencePair = { at95: 0.95, at998: 0.998 };
  const count = fc.integer({ min: 0, max: 5000 });

  it('Wilson: lower ≤ p ≤ upper, and 99.8% contains 95%', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const x = Math.round(n * share);
          const a = wilsonInterval(x, n, confidencePair.at95);
          const b = wilsonInterval(x, n, confidencePair.at998);
          expect(a.lower).toBeLessThanOrEqual(x / n + 1e-12);
          expect(a.upper).toBeGreaterThanOrEqual(x / n - 1e-12);
          expect(b.lower).toBeLessThanOrEqual(a.lower + 1e-12);
          expect(b.upper).toBeGreaterThanOrEqual(a.upper - 1e-12);
        },
      ),
    );
  });

  it('Poisson (exact below 10, Byar from 10): lower ≤ x ≤ upper, and 99.8% contains 95%', () => {
    fc.assert(
      fc.property(count, (x) => {
        const a = poissonInterval(x, confidencePair.at95);
        const b = poissonInterval(x, confidencePair.at998);
        expect(a.lower).toBeLessThanOrEqual(x);
        expect(a.upper).toBeGreaterThanOrEqual(x);
        expect(b.lower).toBeLessThanOrEqual(a.lower + 1e-9);
        expect(b.upper).toBeGreaterThanOrEqual(a.upper - 1e-9);
      }),
    );
  });

  it('DSR: lower ≤ value ≤ upper for random bands with at least 10 events', () => {
    const band = fc.record({
      count: fc.integer({ min: 0, max: 400 }),
      pop: fc.integer({ min: 400, max: 50000 }),
      weight: fc.integer({ min: 1, max: 9000 }),
    });
    fc.assert(
      fc.property(fc.array(band, { minLength: 1, maxLength: 19 }), (bands) => {
        const result = dobsonInterval(
          bands.map((b) => b.count),
          bands.map((b) => b.pop),
          bands.map((b) => b.weight),
        );
        if ('kind' in result) {
          expect(bands.reduce((s, b) => s + b.count, 0)).toBeLessThan(10);
          return;
        }
        expect(result.lower).toBeLessThanOrEqual(result.value + 1e-9);
        expect(result.upper).toBeGreaterThanOrEqual(result.value - 1e-9);
      }),
    );
  });

  it('mean: lower ≤ mean ≤ upper, 99.8% wider than 95%', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }),
        (values) => {
          const a = meanInterval(values, 0.95);
          const b = meanInterval(values, 0.998);
          expect(a.lower).toBeLessThanOrEqual(a.value + 1e-6);
          expect(a.upper).toBeGreaterThanOrEqual(a.value - 1e-6);
          expect(b.upper - b.lower).toBeGreaterThanOrEqual(a.upper - a.lower - 1e-6);
        },
      ),
    );
  });
});

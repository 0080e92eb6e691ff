import { describe, expect, it } from 'vitest';
import { chiSquaredQuantile, gammaP, gammaQuantile } from '../../src/stats/special-functions';

describe('gammaQuantile', () => {
  const shapes = [0.05, 0.5, 1, 1.5, 3, 10, 65.5, 400, 5000, 120_000];
  const ps = [1e-9, 0.001, 0.025, 0.3, 0.5, 0.975, 0.999, 1 - 1e-9];

  it('inverts the regularised incomplete gamma function across shapes and tails', () => {
    for (const a of shapes)
      for (const p of ps) {
        const x = gammaQuantile(p, a);
        expect(x, `a ${a}, p ${p}`).toBeGreaterThan(0);
        // gammaP itself is good to about 1e-10 at the largest shapes.
        expect(Math.abs(gammaP(a, x) - p), `a ${a}, p ${p}`).toBeLessThan(1e-9);
      }
  });

  it('matches the closed forms of chi-squared with 2 and 4 degrees of freedom', () => {
    for (const p of [0.001, 0.025, 0.5, 0.975, 0.999]) {
      // 2 df: P(x) = 1 − e^(−x/2), so x = −2 ln(1 − p).
      expect(chiSquaredQuantile(p, 2)).toBeCloseTo(-2 * Math.log(1 - p), 10);
      // 4 df: P(x) = 1 − e^(−x/2)(1 + x/2).
      const x = chiSquaredQuantile(p, 4);
      expect(1 - Math.exp(-x / 2) * (1 + x / 2)).toBeCloseTo(p, 12);
    }
  });

  it('is 0 at p = 0 and refuses p outside [0, 1)', () => {
    expect(gammaQuantile(0, 2)).toBe(0);
    expect(() => gammaQuantile(1, 2)).toThrow(/p/);
    expect(() => gammaQuantile(-0.1, 2)).toThrow(/p/);
  });
});

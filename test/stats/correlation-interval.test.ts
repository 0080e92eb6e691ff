import { describe, expect, it } from 'vitest';
import { correlationInterval, rSquaredInterval } from '../../src/stats';

describe('correlationInterval (Fisher z)', () => {
  it('matches the hand-computed interval for r = 0.5, n = 30', () => {
    // atanh(0.5) = 0.549306; SE = 1/√27 = 0.192450; ± 1.959964 × SE; tanh → 0.170431, 0.728959.
    const ci = correlationInterval(0.5, 30);
    expect(ci.lower).toBeCloseTo(0.170431, 5);
    expect(ci.upper).toBeCloseTo(0.728959, 5);
    expect(ci.significant).toBe(true);
    expect(rSquaredInterval(ci).lower).toBeCloseTo(0.170431 ** 2, 6);
  });

  it('calls a small correlation from few pairs not significant, and R² then starts at 0', () => {
    const ci = correlationInterval(-0.2, 20);
    expect(ci.significant).toBe(false);
    expect(ci.lower).toBeLessThan(0);
    expect(ci.upper).toBeGreaterThan(0);
    expect(rSquaredInterval(ci).lower).toBe(0);
  });

  it('refuses too few pairs or an r of ±1, naming the argument', () => {
    expect(() => correlationInterval(0.3, 3)).toThrow(/correlationInterval.*n/);
    expect(() => correlationInterval(1, 10)).toThrow(/correlationInterval.*r/);
  });
});

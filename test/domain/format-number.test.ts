import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/domain/format-number';

const formatters = [0, 1, 2, 3].map(
  (decimals) =>
    new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals, minimumFractionDigits: 0 }),
);
const intl = (value: number, maxDecimals: number) => formatters[maxDecimals]!.format(value);

/** A fixed pseudo-random sequence (mulberry32), so a failure names a value that fails again. */
function randomNumbers(seed: number, count: number): number[] {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => {
    const magnitude = 10 ** Math.floor(next() * 16 - 8);
    const value = (next() - 0.5) * 2 * magnitude;
    // Half of them with few decimals, where ties (x.5, x.05) are common in published figures.
    return next() < 0.5 ? Math.round(value * 1000) / 1000 : value;
  });
}

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat en-GB writes, for 20,000 values at 0 to 3 decimals', () => {
    const mismatches: string[] = [];
    for (const value of randomNumbers(27, 20_000))
      for (const decimals of [0, 1, 2, 3]) {
        const ours = formatNumber(value, decimals);
        const theirs = intl(value, decimals);
        if (ours !== theirs) mismatches.push(`${value} at ${decimals}: ${ours} ≠ ${theirs}`);
      }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it.each([
    [1.005, 2, '1.01'],
    [2.675, 2, '2.68'],
    [0.125, 2, '0.13'],
    [-0.04, 1, '-0'],
    [-0, 1, '-0'],
    [9.96, 1, '10'],
    [999.96, 1, '1,000'],
    [1234567.5, 0, '1,234,568'],
    [1e21, 1, '1,000,000,000,000,000,000,000'],
    [1.5e-7, 3, '0'],
    [12.3, 1, '12.3'],
    [12, 3, '12'],
    [Number.NaN, 1, 'NaN'],
    [Number.POSITIVE_INFINITY, 1, '∞'],
    [Number.NEGATIVE_INFINITY, 1, '-∞'],
  ])('%s at %s decimals is %s, as Intl writes it', (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
    expect(intl(value, decimals)).toBe(text);
  });
});

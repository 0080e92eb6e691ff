import { describe, expect, it } from 'vitest';
import { percentile, quartiles, quintileOf } from '../../src/stats';

describe('percentile (PERCENTILE.INC)', () => {
  // Excel: =PERCENTILE.INC({1,2,3,4},0.25) = 1.75; =PERCENTILE.INC({15,20,35,40,50},0.4) = 29.
  it.each([
    [[1, 2, 3, 4], 0.25, 1.75],
    [[15, 20, 35, 40, 50], 0.4, 29],
    [[4, 1, 3, 2], 0.5, 2.5],
    [[7], 0.9, 7],
    [[1, 2, 3], 0, 1],
    [[1, 2, 3], 1, 3],
  ])('percentile(%j, %d) = %d', (values, p, expected) => {
    expect(percentile(values, p)).toBeCloseTo(expected, 12);
  });

  it('does not change its input', () => {
    const values = Object.freeze([3, 1, 2]);
    percentile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it.each([
    [[], 0.5, 'percentile: values must not be empty'],
    [[1], 1.5, 'percentile: p must be between 0 and 1 (got 1.5)'],
    [[1, NaN], 0.5, 'percentile: values must all be finite numbers'],
  ])('rejects bad arguments, naming them', (values, p, message) => {
    expect(() => percentile(values, p)).toThrow(message);
  });

  it('quartiles', () => {
    expect(quartiles([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ q1: 4, median: 4.5, q3: 5.5 });
  });
});

describe('quintileOf', () => {
  it('puts values in fifths with PERCENTILE.INC boundaries, a boundary value going down', () => {
    const values = [1, 2, 3, 4, 5, 6];
    // boundaries 2, 3, 4, 5
    expect([1, 2, 2.5, 3, 4, 5, 6].map((v) => quintileOf(v, values))).toEqual([
      1, 1, 2, 2, 3, 4, 5,
    ]);
  });

  it('handles ties at a boundary the same way for every tied value', () => {
    const values = [5, 5, 5, 5, 5, 9];
    expect(values.map((v) => quintileOf(v, values))).toEqual([1, 1, 1, 1, 1, 5]);
  });

  it('is undefined for fewer than 5 values', () => {
    expect(quintileOf(1, [1, 2, 3, 4])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { inferPercentage } from '../../../src/data/import/infer-value-type';
import { makeDataPoint } from '../../factories';

const row = (value: number, count: number, denominator: number) =>
  makeDataPoint({ value, count, denominator });

describe('reading a new indicator as a percentage', () => {
  it('does so when value is 100 × numerator ÷ denominator within rounding', () => {
    const found = inferPercentage([row(50, 250, 500), row(47, 235, 500), row(33, 65, 200)]);
    expect(found?.reason).toContain('3 of 3 rows');
  });

  it('does not when values disagree with their counts, exceed 100, or rows are too few', () => {
    expect(inferPercentage([row(12.5, 25, 200), row(900, 90, 10), row(3, 3, 1)])).toBeUndefined();
    expect(
      inferPercentage([row(150, 150, 100), row(50, 50, 100), row(50, 50, 100)]),
    ).toBeUndefined();
    expect(inferPercentage([row(50, 250, 500), row(50, 250, 500)])).toBeUndefined();
    expect(inferPercentage([row(5, 10, 1000), row(6, 12, 1000), row(7, 14, 1000)])).toBeUndefined();
  });
});

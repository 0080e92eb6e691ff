import { describe, expect, it } from 'vitest';
import { compareWithBenchmark } from '../../src/stats';

const ci = (lower: number, upper: number) => ({ lower, upper });

describe('compareWithBenchmark', () => {
  describe('CI vs benchmark value', () => {
    it.each([
      ['low-is-good', ci(10, 13), 9.5, 'worse'],
      ['low-is-good', ci(6, 9), 9.5, 'better'],
      ['high-is-good', ci(10, 13), 9.5, 'better'],
      ['high-is-good', ci(6, 9), 9.5, 'worse'],
      ['no-judgement', ci(10, 13), 9.5, 'higher'],
      ['no-judgement', ci(6, 9), 9.5, 'lower'],
      ['low-is-good', ci(9, 11), 9.5, 'similar'],
      // A limit exactly on the benchmark counts as similar.
      ['low-is-good', ci(9.5, 11), 9.5, 'similar'],
      ['low-is-good', ci(8, 9.5), 9.5, 'similar'],
    ] as const)('%s, CI %j vs %d → %s', (polarity, ci95, benchmark, kind) => {
      expect(
        compareWithBenchmark({ value: (ci95.lower + ci95.upper) / 2, ci95 }, benchmark, {
          method: 'ci-overlap',
          polarity,
        }),
      ).toEqual({ kind, method: 'ci-overlap' });
    });

    it('uses the 99.8% interval when asked', () => {
      const point = { value: 11, ci95: ci(10, 12), ci998: ci(9, 13) };
      expect(
        compareWithBenchmark(point, 9.5, {
          method: 'ci-overlap',
          polarity: 'low-is-good',
          confidence: 0.998,
        }).kind,
      ).toBe('similar');
      expect(
        compareWithBenchmark(point, 9.5, { method: 'ci-overlap', polarity: 'low-is-good' }).kind,
      ).toBe('worse');
    });

    it.each([
      [{ value: null }, 9.5, 'no value'],
      [{ value: 11 }, 9.5, 'no 95% confidence interval'],
      [{ value: 11, ci95: ci(10, 12) }, null, 'no benchmark value'],
      [{ value: 11, ci95: ci(10, 12) }, undefined, 'no benchmark value'],
    ])('is not compared, with the reason, for %j vs %s', (point, benchmark, reason) => {
      expect(
        compareWithBenchmark(point, benchmark, { method: 'ci-overlap', polarity: 'low-is-good' }),
      ).toEqual({ kind: 'not-compared', reason });
    });
  });

  describe('two CI levels', () => {
    const options = { method: 'two-ci-levels', polarity: 'high-is-good' } as const;
    it('similar inside 95%, better outside 95%, strong outside 99.8%', () => {
      expect(
        compareWithBenchmark({ value: 10, ci95: ci(9, 11), ci998: ci(8, 12) }, 10.5, options),
      ).toEqual({ kind: 'similar', method: 'two-ci-levels' });
      expect(
        compareWithBenchmark({ value: 10, ci95: ci(9, 11), ci998: ci(8, 12) }, 8.5, options),
      ).toEqual({ kind: 'better', method: 'two-ci-levels', strong: false });
      expect(
        compareWithBenchmark({ value: 10, ci95: ci(9, 11), ci998: ci(8, 12) }, 7, options),
      ).toEqual({ kind: 'better', method: 'two-ci-levels', strong: true });
    });
  });

  describe('SPC for proportions', () => {
    it('compares an observed proportion with Wilson control limits around the benchmark', () => {
      const options = {
        method: 'spc-proportion',
        polarity: 'high-is-good',
        multiplier: 100,
      } as const;
      // Benchmark 50%, n = 100: Wilson 95% limits at 50/100 are 40.38% to 59.62%.
      expect(
        compareWithBenchmark({ value: 62, count: 62, denominator: 100 }, 50, options).kind,
      ).toBe('better');
      expect(
        compareWithBenchmark({ value: 59, count: 59, denominator: 100 }, 50, options).kind,
      ).toBe('similar');
      expect(
        compareWithBenchmark({ value: 38, count: 38, denominator: 100 }, 50, options).kind,
      ).toBe('worse');
      expect(compareWithBenchmark({ value: 38 }, 50, options)).toEqual({
        kind: 'not-compared',
        reason: 'no numerator and denominator',
      });
    });
  });

  describe('quintiles', () => {
    const values = [1, 2, 3, 4, 5, 6];
    it('gives the quintile within the comparator values', () => {
      expect(
        compareWithBenchmark({ value: 6 }, null, {
          method: 'quintiles',
          polarity: 'low-is-good',
          values,
        }),
      ).toEqual({ kind: 'q5', method: 'quintiles' });
    });
    it('is not compared with fewer than 5 values', () => {
      expect(
        compareWithBenchmark({ value: 1 }, null, {
          method: 'quintiles',
          polarity: 'low-is-good',
          values: [1, 2],
        }),
      ).toEqual({ kind: 'not-compared', reason: 'fewer than 5 values to form quintiles' });
    });
    it('needs the values', () => {
      expect(() =>
        compareWithBenchmark({ value: 1 }, null, { method: 'quintiles', polarity: 'low-is-good' }),
      ).toThrow("compareWithBenchmark: options.values is required for the 'quintiles' method");
    });
  });
});

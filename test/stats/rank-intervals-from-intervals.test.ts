import { describe, expect, it } from 'vitest';
import { rankIntervalsFromIntervals } from '../../src/stats';

describe('rankIntervalsFromIntervals', () => {
  it('gives certain ranks to areas whose intervals are far apart', () => {
    const ranks = rankIntervalsFromIntervals([
      { code: 'A', value: 10, lower: 9.9, upper: 10.1 },
      { code: 'B', value: 20, lower: 19.9, upper: 20.1 },
    ]);
    expect(ranks).toEqual([
      { code: 'A', rank: 2, lower: 2, upper: 2 },
      { code: 'B', rank: 1, lower: 1, upper: 1 },
    ]);
  });

  it('gives overlapping areas the full range of ranks, the same every run', () => {
    const points = [
      { code: 'A', value: 10, lower: 5, upper: 15 },
      { code: 'B', value: 10.5, lower: 5.5, upper: 15.5 },
      { code: 'C', value: 11, lower: 6, upper: 16 },
    ];
    const first = rankIntervalsFromIntervals(points);
    expect(first.every((r) => r.lower === 1 && r.upper === 3)).toBe(true);
    expect(rankIntervalsFromIntervals(points)).toEqual(first);
  });

  it('refuses a value outside its interval, naming the function', () => {
    expect(() =>
      rankIntervalsFromIntervals([
        { code: 'A', value: 1, lower: 2, upper: 3 },
        { code: 'B', value: 1, lower: 0, upper: 2 },
      ]),
    ).toThrow(/rankIntervalsFromIntervals/);
  });
});

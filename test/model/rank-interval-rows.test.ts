import { describe, expect, it } from 'vitest';
import { withRankIntervals } from '../../src/model/rank-interval-rows';
import { asAreaCode, type AreaComparison, type Interval } from '../../src/domain';

// Synthetic rows: three boroughs far apart, with narrow intervals, and one overlapping pair.
const row = (n: number, value: number | null, rank?: number): AreaComparison => ({
  code: asAreaCode(`E0900000${n}`),
  name: `Borough ${n}`,
  value,
  outcome: { kind: 'not-compared', reason: 'no England value' },
  selected: false,
  ...(rank !== undefined && { rank }),
});
const intervals = (entries: [number, number, number][]) =>
  new Map<string, Interval>(entries.map(([n, lower, upper]) => [`E0900000${n}`, { lower, upper }]));

describe('withRankIntervals', () => {
  it('gives each rank its 95% interval in the ranking’s own direction (1 = best, low is good)', () => {
    // Low is good: 10 ranks first. Borough 2 and 3 overlap, so their ranks are uncertain.
    const rows = [row(1, 10, 1), row(2, 50, 2), row(3, 51, 3), row(4, null)];
    const result = withRankIntervals(
      rows,
      { polarity: 'low-is-good' },
      intervals([
        [1, 9.9, 10.1],
        [2, 40, 60],
        [3, 41, 61],
      ]),
    );
    expect(result.map((r) => r.rankInterval)).toEqual([
      { lower: 1, upper: 1 },
      { lower: 2, upper: 3 },
      { lower: 2, upper: 3 },
      undefined,
    ]);
  });

  it('counts from the highest where there is no judgement', () => {
    const rows = [row(1, 20, 1), row(2, 10, 2)];
    const result = withRankIntervals(
      rows,
      { polarity: 'no-judgement' },
      intervals([
        [1, 19.9, 20.1],
        [2, 9.9, 10.1],
      ]),
    );
    expect(result.map((r) => r.rankInterval)).toEqual([
      { lower: 1, upper: 1 },
      { lower: 2, upper: 2 },
    ]);
  });

  it('gives none when a ranked unit has no interval', () => {
    const rows = [row(1, 20, 1), row(2, 10, 2)];
    const result = withRankIntervals(rows, { polarity: 'high-is-good' }, intervals([[1, 19, 21]]));
    expect(result.some((r) => r.rankInterval)).toBe(false);
  });
});

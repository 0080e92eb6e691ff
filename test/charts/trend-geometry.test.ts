import { describe, expect, it } from 'vitest';
import {
  bandPath,
  labelCentre,
  linePath,
  thinnedLabelIndices,
} from '../../src/charts/trend/trend-geometry';

describe('trend geometry', () => {
  it('lifts the line at a missing period instead of joining across it', () => {
    expect(linePath([[0, 10], [10, 20], undefined, [30, 5], [40, 6]])).toBe(
      'M0.0,10.0L10.0,20.0M30.0,5.0L40.0,6.0',
    );
    expect(linePath([undefined, [5, 5], undefined])).toBe('M5.0,5.0');
    expect(linePath([])).toBe('');
  });

  it('closes one band per run of periods with an interval', () => {
    expect(bandPath([[0, 1, 9], [10, 2, 8], undefined, [30, 3, 7]])).toBe(
      'M0.0,1.0L10.0,2.0L10.0,8.0L0.0,9.0ZM30.0,3.0L30.0,7.0Z',
    );
    expect(bandPath([undefined, undefined])).toBe('');
  });

  it('labels every period when they fit, and every k-th plus the last when they do not', () => {
    const years = ['2015', '2016', '2017', '2018', '2019', '2020', '2021'];
    expect(thinnedLabelIndices(years, 100)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // 4 characters need 40 px: every second label at 25 px a period, and the last.
    const every2 = thinnedLabelIndices(years, 25);
    expect(every2).toEqual([0, 2, 4, 6]);
    // Every third would give 0, 3, 6; at 12 px, 6 is too close to 3 for another step of 4.
    const sparse = thinnedLabelIndices(years, 12);
    expect(sparse[0]).toBe(0);
    expect(sparse.at(-1)).toBe(6);
    for (let k = 1; k < sparse.length; k++)
      expect((sparse[k]! - sparse[k - 1]!) * 12).toBeGreaterThanOrEqual(40);
    expect(thinnedLabelIndices([], 10)).toEqual([]);
    expect(thinnedLabelIndices(['2020'], 10)).toEqual([0]);
  });

  it('moves a long edge label inside the chart', () => {
    const label = '2024-25 (2024-04-01 to 2025-03-31)';
    const half = (label.length * 7) / 2;
    expect(labelCentre(990, label, 1000)).toBe(1000 - half);
    expect(labelCentre(20, label, 1000)).toBe(half);
    expect(labelCentre(500, label, 1000)).toBe(500);
  });
});

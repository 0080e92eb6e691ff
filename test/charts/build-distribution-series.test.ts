import { describe, expect, it } from 'vitest';
import { buildDistributionSeries } from '../../src/charts/distribution/build-distribution-series';
import { asAreaCode, ENGLAND } from '../../src/domain';
import { makeDataPoint } from '../factories';

const borough = (n: number) => asAreaCode(`E090000${String(n).padStart(2, '0')}`);
const y2020 = { label: '2020', start: '2020-01-01', end: '2020-12-31' };
const y2019 = { label: '2019', start: '2019-01-01', end: '2019-12-31' };

describe('buildDistributionSeries', () => {
  it('gives each period the boroughs’ min, quartiles and max with the benchmark, oldest first', () => {
    // Synthetic: 2020 values 1..8 (PERCENTILE.INC quartiles 2.75 and 6.25); 2019 has only 3 boroughs.
    const points = [
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((v) =>
        makeDataPoint({ code: borough(v), period: y2020, value: v }),
      ),
      makeDataPoint({ code: ENGLAND, period: y2020, value: 4 }),
      ...[1, 2, 3].map((v) => makeDataPoint({ code: borough(v), period: y2019, value: v })),
    ];
    expect(buildDistributionSeries(points, 'Persons', 'england')).toEqual([
      { period: '2020', n: 8, min: 1, q1: 2.75, median: 4.5, q3: 6.25, max: 8, benchmark: 4 },
    ]);
  });
});

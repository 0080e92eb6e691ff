import type { DataPoint, Indicator } from '../../domain';

/** Every area, period and sex of one indicator, for "All areas" in the CSV dialog. */
export const allPointsCsv = (points: readonly DataPoint[], indicator: Indicator) => () =>
  import('../../export/csv').then((m) => m.pointsToCsv(points, indicator));

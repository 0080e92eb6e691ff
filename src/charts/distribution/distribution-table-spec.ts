import { formatValue } from '../shared/format-value';
import type { TableColumn, TableSpec } from '../../domain/chart-spec';
import type { PeriodDistribution } from './build-distribution-series';

/** The box plot's table: London's spread in each period, with the benchmark. */
export function distributionTableSpec(
  periods: readonly PeriodDistribution[],
  caption: string,
  benchmarkName: string,
): TableSpec<PeriodDistribution> {
  const num = (
    key: keyof PeriodDistribution,
    header: string,
    dp = 2,
  ): TableColumn<PeriodDistribution> => ({
    key,
    header,
    value: (p) => p[key] as number | null,
    format: (p) => formatValue(p[key] as number | null, dp),
    numeric: true,
  });
  return {
    caption,
    columns: [
      { key: 'period', header: 'Period', value: (p) => p.period, rowHeader: true },
      num('n', 'Boroughs', 0),
      num('min', 'Lowest'),
      num('q1', 'Q1'),
      num('median', 'Median'),
      num('q3', 'Q3'),
      num('max', 'Highest'),
      num('benchmark', benchmarkName),
    ],
    rows: periods,
    rowKey: (p) => p.period,
  };
}

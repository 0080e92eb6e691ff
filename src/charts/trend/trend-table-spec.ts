import { formatValue } from '../shared/format-value';
import type { TableColumn, TableSpec } from '../../domain/chart-spec';
import { describeGap, describeTrend, type TrendSeries } from './build-trend-series';

export interface TrendTableRow {
  readonly label: string;
  readonly cells: Readonly<Record<string, string>>;
}

/** The trend chart's table: each line's value (and interval) by period, then its recent trend and gap. */
export function trendTableSpec(series: TrendSeries, caption: string): TableSpec<TrendTableRow> {
  const cell = (row: TrendSeries['data'][number], key: string) => {
    const value = row[key] as number | null | undefined;
    const ci = row[`${key}Ci`] as readonly [number, number] | undefined;
    if (value == null) return '–';
    return ci
      ? `${formatValue(value, 2)} (${formatValue(ci[0], 2)} to ${formatValue(ci[1], 2)})`
      : formatValue(value, 2);
  };
  const rows: TrendTableRow[] = [
    ...series.data.map((row) => ({
      label: String(row.period),
      cells: Object.fromEntries(series.lines.map((l) => [l.key, cell(row, l.key)])),
    })),
    {
      label: 'Recent trend',
      cells: Object.fromEntries(series.lines.map((l) => [l.key, describeTrend(l.trend)])),
    },
    {
      label: 'Is the gap closing?',
      cells: Object.fromEntries(
        series.lines.map((l) => [
          l.key,
          l.isBenchmark ? '–' : describeGap(l.gap, series.benchmarkName),
        ]),
      ),
    },
  ];
  const columns: TableColumn<TrendTableRow>[] = [
    { key: 'period', header: 'Period', value: (r) => r.label, rowHeader: true },
    ...series.lines.map((l): TableColumn<TrendTableRow> => ({
      key: l.key,
      header: l.name,
      value: (r) => r.cells[l.key] ?? '–',
    })),
  ];
  return { caption, columns, rows, rowKey: (r) => r.label };
}

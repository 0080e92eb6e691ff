import { formatValue } from '../shared/format-value';
import type { TableColumn, TableSpec } from '../../domain/chart-spec';
import { describeGap, describeTrend, type TrendSeries } from './build-trend-series';

export interface TrendTableRow {
  readonly label: string;
  readonly cells: Readonly<Record<string, string>>;
}

export interface TrendCsvRow {
  readonly period: string;
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
  readonly ci?: readonly [number, number];
}

/** The trend as tidy data: a row per line and period, the value and its limits in their own columns. */
export function trendCsvSpec(series: TrendSeries, caption: string): TableSpec<TrendCsvRow> {
  const rows = series.lines.flatMap((line) =>
    series.data.map((row): TrendCsvRow => {
      const value = row[line.key];
      const ci = row[`${line.key}Ci`];
      return {
        period: String(row.period),
        code: line.key,
        name: line.name,
        value: typeof value === 'number' ? value : null,
        ...(Array.isArray(ci) && { ci: ci as readonly [number, number] }),
      };
    }),
  );
  return {
    caption,
    columns: [
      { key: 'code', header: 'Area code', value: (r) => r.code },
      { key: 'name', header: 'Area name', value: (r) => r.name },
      { key: 'period', header: 'Period', value: (r) => r.period },
      { key: 'value', header: 'Value', value: (r) => r.value, numeric: true },
      { key: 'lower', header: 'Lower 95% limit', value: (r) => r.ci?.[0] ?? null, numeric: true },
      { key: 'upper', header: 'Upper 95% limit', value: (r) => r.ci?.[1] ?? null, numeric: true },
    ],
    rows,
    rowKey: (r) => `${r.code}|${r.period}`,
  };
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

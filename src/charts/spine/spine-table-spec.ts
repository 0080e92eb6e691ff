import { formatValue } from '../shared/format-value';
import { describeOutcome } from '../shared/outcome-style';
import { quintileColumn } from '../shared/quintile-column';
import {
  reasonNotCompared,
  notComparedCell,
  sharedNotComparedReasons,
  sharedReasonNotes,
} from '../shared/shared-reason';
import type { TableColumn, TableSpec } from '../../domain/chart-spec';
import { tidyColumns } from '../shared/tidy-columns';
import type { SpineRow } from './spine-row';

/** The spine chart's table: the borough, its verdict, its quintile, London's spread, the best peer. */
export function spineTableSpec(
  rows: readonly SpineRow[],
  caption: string,
  boroughName: string,
  benchmarkName: string,
): TableSpec<SpineRow> {
  const dp = (r: SpineRow) => r.indicator.decimals ?? 2;
  const shared = sharedNotComparedReasons(rows.map((r) => reasonNotCompared(r.borough.outcome)));
  const combined = (r: SpineRow) =>
    r.borough.combinedArea ? ` (value for ${r.borough.combinedArea} combined)` : '';
  const columns: TableColumn<SpineRow>[] = [
    {
      key: 'indicator',
      header: 'Indicator',
      value: (r) => `${r.indicator.shortName} (${r.indicator.unit})`,
      rowHeader: true,
    },
    {
      key: 'period',
      header: 'Period',
      value: (r) => `${r.periodLabel}${r.sex !== 'Persons' ? `, ${r.sex}` : ''}`,
    },
    {
      key: 'value',
      header: boroughName,
      value: (r) => r.borough.value,
      format: (r) => formatValue(r.borough.value, dp(r)),
      numeric: true,
    },
    {
      key: 'verdict',
      header: `Compared with ${benchmarkName}`,
      value: (r) => `${describeOutcome(r.borough.outcome, benchmarkName)}${combined(r)}`,
      format: (r) =>
        `${notComparedCell(reasonNotCompared(r.borough.outcome), shared) ?? describeOutcome(r.borough.outcome, benchmarkName)}${combined(r)}`,
    },
    quintileColumn(
      (r) => r.borough.quintile,
      (r) => r.indicator.polarity,
    ),
    ...(rows.some((r) => r.borough.publishedComparison)
      ? [
          {
            key: 'published',
            header: 'Published comparison with England',
            value: (r: SpineRow) => r.borough.publishedComparison,
            format: (r: SpineRow) =>
              r.borough.publishedComparison === undefined
                ? '–'
                : `${r.borough.publishedComparison}${r.borough.publishedAgrees === false ? " (differs from the Atlas's verdict)" : ''}`,
          },
        ]
      : []),
    {
      key: 'benchmark',
      header: benchmarkName,
      value: (r) => r.benchmark,
      format: (r) => formatValue(r.benchmark, dp(r)),
      numeric: true,
    },
    {
      key: 'min',
      header: 'London lowest',
      value: (r) => r.min,
      format: (r) => formatValue(r.min, dp(r)),
      numeric: true,
    },
    {
      key: 'quartiles',
      header: 'London quartiles',
      value: (r) => `${r.q1} to ${r.q3}`,
      format: (r) => `${formatValue(r.q1, dp(r))} to ${formatValue(r.q3, dp(r))}`,
      numeric: true,
    },
    {
      key: 'max',
      header: 'London highest',
      value: (r) => r.max,
      format: (r) => formatValue(r.max, dp(r)),
      numeric: true,
    },
    {
      key: 'best-peer',
      header: 'Best peer',
      value: (r) =>
        r.bestPeer
          ? `${r.bestPeer.name}: ${formatValue(r.bestPeer.value, dp(r))}`
          : r.indicator.polarity === 'no-judgement'
            ? 'no judgement'
            : '–',
    },
  ];
  // One figure per cell: the indicator, unit, period and sex apart, the quartiles and the best
  // peer's name and value in their own columns.
  const csvColumns = tidyColumns(columns, {
    indicator: [
      { key: 'indicator-id', header: 'Indicator id', value: (r) => r.indicator.id },
      { key: 'indicator', header: 'Indicator', value: (r) => r.indicator.name },
      { key: 'unit', header: 'Unit', value: (r) => r.indicator.unit },
    ],
    period: [
      { key: 'period', header: 'Period', value: (r) => r.periodLabel },
      { key: 'sex', header: 'Sex', value: (r) => r.sex },
    ],
    quartiles: [
      { key: 'q1', header: 'London lower quartile', value: (r) => r.q1, numeric: true },
      { key: 'median', header: 'London median', value: (r) => r.median, numeric: true },
      { key: 'q3', header: 'London upper quartile', value: (r) => r.q3, numeric: true },
    ],
    'best-peer': [
      { key: 'best-peer', header: 'Best peer', value: (r) => r.bestPeer?.name ?? null },
      {
        key: 'best-peer-value',
        header: 'Best peer value',
        value: (r) => r.bestPeer?.value ?? null,
        numeric: true,
      },
    ],
  });
  return {
    caption,
    notes: sharedReasonNotes(shared, benchmarkName),
    columns,
    csvColumns,
    rows,
    rowKey: (r) => `${r.indicator.id}|${r.sex}`,
  };
}

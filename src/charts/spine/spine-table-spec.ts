import { numberColumn } from '../shared/tidy-columns';
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

/**
 * One figure per cell in the CSV: the indicator, unit, period and sex apart, the quartiles and
 * the best peer's name and value in their own columns.
 */
const SPINE_CSV_SPLITS: Readonly<Record<string, readonly TableColumn<SpineRow>[]>> = {
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
};

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
    numberColumn('value', boroughName, (r) => r.borough.value, dp),
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
    numberColumn('benchmark', benchmarkName, (r) => r.benchmark, dp),
    numberColumn('min', 'London lowest', (r) => r.min, dp),
    {
      key: 'quartiles',
      header: 'London quartiles',
      value: (r) => `${r.q1} to ${r.q3}`,
      format: (r) => `${formatValue(r.q1, dp(r))} to ${formatValue(r.q3, dp(r))}`,
      numeric: true,
    },
    numberColumn('max', 'London highest', (r) => r.max, dp),
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
  const csvColumns = tidyColumns(columns, SPINE_CSV_SPLITS);
  return {
    caption,
    notes: sharedReasonNotes(shared, benchmarkName),
    columns,
    csvColumns,
    rows,
    rowKey: (r) => `${r.indicator.id}|${r.sex}`,
  };
}

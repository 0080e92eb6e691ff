import { numberColumn } from '../shared/tidy-columns';
import type { AreaComparison, Polarity } from '../../domain';
import { formatValue } from '../shared/format-value';
import { describeOutcome, displayStyle } from '../shared/outcome-style';
import { quintileColumn } from '../shared/quintile-column';
import {
  reasonNotCompared,
  notComparedCell,
  sharedNotComparedReasons,
  sharedReasonNotes,
} from '../shared/shared-reason';
import type { TableColumn, TableSpec } from '../../domain/chart-spec';

export interface RankedTableOptions {
  readonly caption: string;
  readonly unit: string;
  readonly benchmarkName: string;
  readonly polarity: Polarity;
  /** The level the intervals are at, e.g. "95". */
  readonly ciLevel: string;
  readonly decimals?: number;
}

/**
 * The ranked chart's table: every area, including those without a value. "Compared with" holds
 * only a significance verdict or "Not compared" with its reason; the quintile is its own column;
 * the publisher's verdict is labelled with its benchmark and a disagreement is said.
 */
export function rankedTableSpec(
  rows: readonly AreaComparison[],
  options: RankedTableOptions,
): TableSpec<AreaComparison> {
  const { benchmarkName, polarity, unit, ciLevel } = options;
  const dp = options.decimals ?? 2;
  const has = (test: (r: AreaComparison) => boolean) => rows.some(test);
  const anyComputed = has((r) => r.intervalSource === 'computed');
  const shared = sharedNotComparedReasons(rows.map((r) => reasonNotCompared(r.outcome)));
  const verdictText = (r: AreaComparison) =>
    r.outcome.kind === 'not-compared'
      ? (notComparedCell(r.outcome.reason, shared) ?? describeOutcome(r.outcome, benchmarkName))
      : `${displayStyle(r, polarity).symbol} ${describeOutcome(r.outcome, benchmarkName)}`;
  const columns: (TableColumn<AreaComparison> | false)[] = [
    { key: 'rank', header: 'Rank', value: (r) => r.rank ?? null },
    { key: 'area', header: 'Area', value: (r) => r.name, rowHeader: true },
    { key: 'code', header: 'Code', value: (r) => r.code },
    has((r) => r.rankInterval !== undefined) && {
      key: 'rank-interval',
      header: 'Rank, 95% interval',
      value: (r) => (r.rankInterval ? `${r.rankInterval.lower} to ${r.rankInterval.upper}` : null),
      format: (r) => (r.rankInterval ? `${r.rankInterval.lower} to ${r.rankInterval.upper}` : '–'),
      numeric: true,
    },
    numberColumn('value', `Value (${unit})`, (r) => r.value, dp),
    has((r) => r.interval !== undefined) && {
      key: 'interval',
      header: `${ciLevel}% confidence interval${anyComputed ? ' (computed where marked)' : ''}`,
      value: (r) => (r.interval ? `${r.interval.lower} to ${r.interval.upper}` : null),
      format: (r) =>
        r.interval
          ? `${formatValue(r.interval.lower, dp)} to ${formatValue(r.interval.upper, dp)}${r.intervalSource === 'computed' ? ' (computed)' : ''}`
          : '–',
      numeric: true,
    },
    has((r) => r.count !== undefined) && numberColumn('count', 'Count', (r) => r.count, 0),
    has((r) => r.denominator !== undefined) &&
      numberColumn('denominator', 'Denominator', (r) => r.denominator, 0),
    {
      key: 'verdict',
      header: `Compared with ${benchmarkName}`,
      value: (r) => describeOutcome(r.outcome, benchmarkName),
      format: verdictText,
    },
    // Placement matters only where an area could not be compared.
    has((r) => r.quintile !== undefined && r.outcome.kind === 'not-compared') &&
      quintileColumn(
        (r) => r.quintile,
        () => polarity,
      ),
    has((r) => r.publishedComparison !== undefined) && {
      key: 'published',
      header: 'Published comparison with England',
      value: (r) => r.publishedComparison,
      format: (r) =>
        r.publishedComparison === undefined
          ? '–'
          : r.publishedAgrees === false
            ? `${r.publishedComparison} (differs from the Atlas's verdict)`
            : r.publishedComparison,
    },
    { key: 'note', header: 'Note', value: (r) => r.note ?? '', format: (r) => r.note ?? '' },
  ];
  return {
    caption: options.caption,
    notes: sharedReasonNotes(shared, benchmarkName),
    columns: columns.filter((c): c is TableColumn<AreaComparison> => c !== false),
    rows,
    rowKey: (r) => r.code,
    isSelected: (r) => r.selected,
  };
}

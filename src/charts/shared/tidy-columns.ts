import type { TableColumn } from '../../domain';
import { formatValue } from './format-value';

interface Bounds {
  readonly lower: number;
  readonly upper: number;
}

/** An interval as two number columns, lower and upper limit: one value per cell in a CSV. */
export const intervalColumns = <Row>(
  key: string,
  label: string,
  get: (row: Row) => Bounds | undefined,
): TableColumn<Row>[] => [
  {
    key: `${key}-lower`,
    header: `${label}: lower limit`,
    value: (r) => get(r)?.lower ?? null,
    numeric: true,
  },
  {
    key: `${key}-upper`,
    header: `${label}: upper limit`,
    value: (r) => get(r)?.upper ?? null,
    numeric: true,
  },
];

/**
 * The screen's columns for a CSV, with the ones that hold two figures in words ("12.1 to 14.3")
 * replaced by their tidy columns, in place.
 */
export const tidyColumns = <Row>(
  columns: readonly TableColumn<Row>[],
  replacements: Readonly<Record<string, readonly TableColumn<Row>[]>>,
): TableColumn<Row>[] => columns.flatMap((c) => replacements[c.key] ?? [c]);

/** A number column: the typed value for the CSV, shown on screen to the row's decimals. */
export const numberColumn = <Row>(
  key: string,
  header: string,
  get: (row: Row) => number | null | undefined,
  decimals: number | ((row: Row) => number),
): TableColumn<Row> => ({
  key,
  header,
  value: (r) => get(r) ?? null,
  format: (r) => formatValue(get(r) ?? null, typeof decimals === 'number' ? decimals : decimals(r)),
  numeric: true,
});

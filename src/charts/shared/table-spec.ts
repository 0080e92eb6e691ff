/**
 * What a chart shows, as a table: typed columns with a raw value (for CSV and export) and a
 * formatter (for the screen). One generic table twin renders it; export reads the same spec,
 * so the numbers on screen, in the table and in a download are one source of truth.
 */
export type CellValue = string | number | boolean | null | undefined;

export interface TableColumn<Row> {
  readonly key: string;
  readonly header: string;
  /** The raw, typed value: what CSV export writes. */
  readonly value: (row: Row) => CellValue;
  /** What the screen shows; defaults to the raw value as text. */
  readonly format?: (row: Row) => string;
  /** Right-aligned numbers. */
  readonly numeric?: boolean;
  /** The column that names the row (a row header for screen readers). */
  readonly rowHeader?: boolean;
}

export interface TableSpec<Row> {
  readonly caption: string;
  readonly columns: readonly TableColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly isSelected?: (row: Row) => boolean;
  /**
   * Said once under the table rather than in every row (the CSV keeps it per row): e.g. why
   * no area could be compared, when the reason is the same for all of them.
   */
  readonly notes?: readonly string[];
  /** Columns for CSV export when it should say more than the screen (limits apart, metadata). */
  readonly csvColumns?: readonly TableColumn<Row>[];
}

/** A chart's spec: its question, what it shows, where the figures come from, and its table. */
export interface ChartSpec<Row> {
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly table: TableSpec<Row>;
}

export const formatCell = <Row>(column: TableColumn<Row>, row: Row): string => {
  if (column.format) return column.format(row);
  const value = column.value(row);
  return value === null || value === undefined ? '–' : String(value);
};

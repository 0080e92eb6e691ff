import Papa from 'papaparse';
import type { CellValue, TableColumn, TableSpec } from '../domain/chart-spec';
import type { DataPoint, Indicator } from '../domain';
import { dataPointRow, normalisedColumns } from '../data/normalised-format';

/** UTF-8 byte-order mark: Excel then reads £, accents and "–" correctly. */
export const BOM = '\uFEFF';

/**
 * Text a spreadsheet could read as a formula: it starts with =, +, -, @, tab or carriage return.
 * PapaParse's own pattern (`/^[=+\-@\t\r].*$/`) stops at a line break, so "=cmd" followed by a
 * new line was written as it was; testing the first character alone catches it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A number with the binary noise of our own arithmetic taken off (a quartile of 59.7 computed as
 * 59.699999999999996): 15 significant digits keep every figure a publisher gives and drop only
 * the last two digits a double adds.
 */
const asPublished = (value: number): number =>
  Number.isFinite(value) ? Number(value.toPrecision(15)) : value;

/** A chart's data as CSV: its tidy data table where it has one, else its table twin. */
export const chartCsv = (spec: {
  readonly table: TableSpec<unknown>;
  readonly csv?: TableSpec<unknown>;
}): string => specToCsv(spec.csv ?? spec.table);

/**
 * A table spec as CSV: the export columns where the spec has them, else the screen columns,
 * each cell its raw typed value. RFC 4180 quoting and CRLF line ends (PapaParse), a byte-order
 * mark, and text cells that start with =, +, -, @, tab or carriage return neutralised with a
 * leading apostrophe as OWASP advises; numbers stay numbers, so a negative value is not touched.
 */
export function specToCsv<Row>(spec: TableSpec<Row>): string {
  const columns: readonly TableColumn<Row>[] = spec.csvColumns ?? spec.columns;
  const cell = (value: CellValue): string | number | boolean =>
    value === null || value === undefined
      ? ''
      : typeof value === 'number'
        ? asPublished(value)
        : value;
  const data = spec.rows.map((row) => columns.map((c) => cell(c.value(row))));
  return (
    BOM +
    Papa.unparse(
      { fields: columns.map((c) => c.header), data },
      { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
    ) +
    '\r\n'
  );
}

/**
 * Every published row of an indicator (all areas, periods and sexes) in the Fingertips export
 * layout the Atlas reads, so the file can be loaded back; quoted and neutralised as above.
 */
export function pointsToCsv(points: readonly DataPoint[], indicator: Indicator): string {
  // Numbers go back to numbers, so a negative value is not taken for a formula.
  const numeric = new Set([5, 6, 7, 8, 9, 10, 11]);
  const data = points.map((p) =>
    dataPointRow(p).map((cell, i) => (numeric.has(i) && cell !== '' ? Number(cell) : cell)),
  );
  return (
    BOM +
    Papa.unparse(
      { fields: [...normalisedColumns(indicator)], data },
      { newline: '\r\n', escapeFormulae: FORMULA_START },
    ) +
    '\r\n'
  );
}

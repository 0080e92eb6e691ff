import type { CellValue, TableColumn, TableSpec } from '../domain';
import type { AnyChartSpec } from '../charts/specs/chart-kinds';
import type { ImageFooter } from './svg/chart-svg';

type Cell = {
  value: string | number | boolean;
  type?: StringConstructor | NumberConstructor | BooleanConstructor;
  fontWeight?: 'bold';
} | null;

/**
 * A typed cell: numbers as numbers, and every text (periods such as "2011/12" among them) as
 * text, so Excel never turns a period into a date.
 */
const cellOf = (value: CellValue): Cell => {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number')
    return Number.isFinite(value) ? { value: Number(value.toPrecision(15)), type: Number } : null;
  if (typeof value === 'boolean') return { value, type: Boolean };
  return { value, type: String };
};

const header = (text: string): Cell => ({ value: text, type: String, fontWeight: 'bold' });

/** The data sheet: the chart's tidy table, a header row then a typed cell per value. */
function dataSheet(table: TableSpec<unknown>) {
  const columns: readonly TableColumn<unknown>[] = table.csvColumns ?? table.columns;
  return [
    columns.map((c) => header(c.header)),
    ...table.rows.map((row) => columns.map((c) => cellOf(c.value(row)))),
  ];
}

/** The notes sheet: what the data is, where it is from, under which licence, and a link back. */
function notesSheet(spec: AnyChartSpec, footer: ImageFooter) {
  const table = spec.csv ?? spec.table;
  const lines: readonly (readonly [string, string])[] = [
    ['Chart', spec.title],
    ['Shows', spec.subtitle],
    ['Description', spec.description],
    ['Source and licence', spec.source],
    ['Periods', spec.stamp.periods.join(', ')],
    ['Extract dates', spec.stamp.extractDates.join(', ')],
    ['Data version', spec.stamp.dataVersion],
    ...(table.notes ?? []).map((note): [string, string] => ['Note', note]),
    ['Made', `${footer.madeOn}, London Mental Health Variation Atlas`],
    ['Link to this view', footer.permalink],
  ];
  return [
    [header('About'), header('')],
    ...lines.filter(([, text]) => text).map(([label, text]) => [cellOf(label), cellOf(text)]),
  ];
}

/** A chart's data as an Excel workbook: a Data sheet of typed cells and a Notes sheet. */
export async function chartToXlsx(spec: AnyChartSpec, footer: ImageFooter): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const table = spec.csv ?? spec.table;
  return writeXlsxFile([
    { data: dataSheet(table), sheet: 'Data', stickyRowsCount: 1 },
    { data: notesSheet(spec, footer), sheet: 'Notes', columns: [{ width: 20 }, { width: 100 }] },
  ]).toBlob();
}

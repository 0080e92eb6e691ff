import type { DataPoint, IndicatorId, RowReject } from '../domain';
import { mapColumns, type ColumnMapping } from './column-map';
import { FileError, parseCsvText } from './parse-csv';
import { mapPublishedRow } from './map-published-row';

export interface ReadResult {
  readonly points: readonly DataPoint[];
  readonly rejects: readonly RowReject[];
  readonly unknownColumns: readonly string[];
  readonly rowsRead: number;
}

export interface ReadOptions {
  readonly file: string;
  /**
   * Which indicator a row belongs to: an id, `null` to skip a row that belongs to another
   * measure in the same file, or a reason to reject it.
   */
  readonly indicatorFor: (
    row: Readonly<Record<string, string>>,
  ) => IndicatorId | null | { readonly reason: string; readonly column?: string };
  /** Rows outside the scope (e.g. non-London areas) are skipped, not rejected. */
  readonly keep?: (point: DataPoint) => boolean;
}

/** Checks a file has the columns every published layout needs, naming what was expected. */
export function requireColumns(file: string, mapping: ColumnMapping): void {
  const { columns } = mapping;
  const missing = [
    !columns.areaCode && !columns.orgCode && '"Area Code" (or "Organisation Code")',
    !columns.period && '"Time period"',
    !columns.value && '"Value"',
  ].filter(Boolean);
  if (missing.length > 0)
    throw new FileError(file, `expected columns ${missing.join(', ')} but the header has none of them`);
}

const pointKey = (p: DataPoint) =>
  [p.indicatorId, p.code, p.period.label, p.sex, p.age].join('\u0001');

/** Reads a published CSV into DataPoints, keeping every reject with file, row and column. */
export function readPublishedCsv(text: string, options: ReadOptions): ReadResult {
  const table = parseCsvText(text, options.file);
  const mapping = mapColumns(table.headers);
  requireColumns(options.file, mapping);

  const points: DataPoint[] = [];
  const rejects: RowReject[] = [];
  const seen = new Set<string>();
  table.rows.forEach((row, index) => {
    const line = index + 2;
    const indicator = options.indicatorFor(row);
    if (indicator === null) return;
    if (typeof indicator !== 'string') {
      rejects.push({ file: options.file, row: line, column: indicator.column, reason: indicator.reason });
      return;
    }
    const result = mapPublishedRow(row, { file: options.file, line, mapping, indicatorId: indicator });
    if (result.kind === 'reject') return void rejects.push(result.reject);
    if (options.keep && !options.keep(result.point)) return;
    const key = pointKey(result.point);
    if (seen.has(key)) {
      rejects.push({ file: options.file, row: line, reason: 'duplicate of an earlier row (same area, period, sex and age)' });
      return;
    }
    seen.add(key);
    points.push(result.point);
  });
  return { points, rejects, unknownColumns: mapping.unknown, rowsRead: table.rows.length };
}

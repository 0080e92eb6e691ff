import type { DataPoint, IndicatorId, RowReject } from '../domain';
import type { CanonicalColumn, ColumnMapping } from './column-map';
import { FileError } from './parse-csv';
import { createRowMapper, isReject, type RowMapper } from './row-mapper';
import { streamCsv } from './stream-csv';

export interface ReadResult {
  readonly points: readonly DataPoint[];
  readonly rejects: readonly RowReject[];
  readonly unknownColumns: readonly string[];
  readonly rowsRead: number;
}

type CellReader = (key: CanonicalColumn) => string;

export interface ReadOptions {
  readonly file: string;
  /**
   * Which indicator a row belongs to: an id, `null` to skip a row that belongs to another
   * measure in the same file, or a reason to reject it.
   */
  readonly indicatorFor: (
    cell: CellReader,
  ) => IndicatorId | null | { readonly reason: string; readonly column?: string };
  /** Rows outside the scope (e.g. non-London areas) are skipped, not rejected. */
  readonly keep?: (point: DataPoint) => boolean;
}

/** Checks a file has the columns every published layout needs, naming what was expected. */
function requireColumns(file: string, mapping: ColumnMapping): void {
  const { columns } = mapping;
  const missing = [
    !columns.areaCode && !columns.orgCode && '"Area Code" (or "Organisation Code")',
    !columns.period && '"Time period"',
    !columns.value && '"Value"',
  ].filter(Boolean);
  if (missing.length > 0)
    throw new FileError(
      file,
      `expected columns ${missing.join(', ')} but the header has none of them`,
    );
}

/**
 * Streams a CSV through a row mapper compiled for its header, after checking the header has
 * the required columns. Shared by the bundle reader and the importer.
 */
export function streamPublishedCsv(
  text: string,
  file: string,
  onRow: (cells: readonly string[], line: number, mapper: RowMapper, cursor: number) => void,
): { mapper: RowMapper; delimiter: string; rowsRead: number } {
  let mapper: RowMapper | undefined;
  let delimiter = ',';
  let rowsRead = 0;
  streamCsv(
    text,
    file,
    (info) => {
      mapper = createRowMapper(info.headers, file);
      delimiter = info.delimiter;
      requireColumns(file, mapper.mapping);
    },
    (cells, line, cursor) => {
      rowsRead++;
      onRow(cells, line, mapper!, cursor);
    },
  );
  if (!mapper) throw new FileError(file, 'the file has no header row');
  return { mapper, delimiter, rowsRead };
}

const pointKey = (p: DataPoint) =>
  [p.indicatorId, p.code, p.period.label, p.sex, p.age].join('\u0001');

/** Reads a published CSV into DataPoints, keeping every reject with file, row and column. */
export function readPublishedCsv(text: string, options: ReadOptions): ReadResult {
  const points: DataPoint[] = [];
  const rejects: RowReject[] = [];
  const seen = new Set<string>();
  const { mapper, rowsRead } = streamPublishedCsv(text, options.file, (cells, line, m) => {
    const indicator = options.indicatorFor((key) => m.cell(cells, key));
    if (indicator === null) return;
    if (typeof indicator !== 'string') {
      rejects.push({
        file: options.file,
        row: line,
        column: indicator.column,
        reason: indicator.reason,
      });
      return;
    }
    const result = m.map(cells, line, indicator);
    if (isReject(result)) return void rejects.push(result);
    if (options.keep && !options.keep(result)) return;
    const key = pointKey(result);
    if (seen.has(key)) {
      rejects.push({
        file: options.file,
        row: line,
        reason: 'duplicate of an earlier row (same area, period, sex and age)',
      });
      return;
    }
    seen.add(key);
    points.push(result);
  });
  return { points, rejects, unknownColumns: mapper.mapping.unknown, rowsRead };
}

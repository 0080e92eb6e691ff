import {
  ENGLAND,
  isAreaCode,
  isOdsCode,
  SEXES,
  type AreaCode,
  type DataPoint,
  type IndicatorId,
  type Interval,
  type OdsCode,
  type Period,
  type RowReject,
  type Sex,
} from '../domain';
import { mapColumns, type CanonicalColumn, type ColumnMapping } from './column-map';
import { INVALID, MISSING, readNumber } from './parse-cell';
import { parsePeriod } from './parse-period';

/** A mapped row, or a reject; tell them apart with `isReject`. */
export type RowResult = DataPoint | RowReject;
export const isReject = (result: RowResult): result is RowReject => 'reason' in result;

export interface RowMapper {
  readonly mapping: ColumnMapping;
  /** How many columns the header names: a row with more (non-empty) cells is malformed. */
  readonly columnCount: number;
  /** A cell's trimmed text by canonical column ('' when the file has no such column). */
  cell(cells: readonly string[], key: CanonicalColumn): string;
  /** A column's position, or -1 when the file has none: for hot loops. */
  position(key: CanonicalColumn): number;
  /** Maps one row to a DataPoint, or a reject naming file, line, column and reason. */
  map(cells: readonly string[], line: number, indicatorId: IndicatorId): RowResult;
}

class RowError extends Error {
  constructor(
    readonly column: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

const SEX_BY_LOWER = new Map<string, Sex>(SEXES.map((s) => [s.toLowerCase(), s]));
/** "Persons", "Male" or "Female" in any case; anything else (blank, "Not applicable") is Persons. */
const readSex = (text: string): Sex =>
  text === 'Persons' || text === 'Male' || text === 'Female'
    ? text
    : (SEX_BY_LOWER.get(text.toLowerCase()) ?? 'Persons');

/** Where each column this mapper reads sits in the file; -1 when the file has none. */
const READ_COLUMNS = [
  'areaCode',
  'orgCode',
  'period',
  'value',
  'status',
  'valueNote',
  'sex',
  'age',
  'comparedEngland',
  'recentTrend',
  'lower95',
  'upper95',
  'lower998',
  'upper998',
  'count',
  'numerator',
  'denominator',
] as const satisfies readonly CanonicalColumn[];
type Positions = Record<(typeof READ_COLUMNS)[number], number>;

/**
 * Reads typed cells of one file's rows by position, throwing a RowError that names the
 * column when a cell is not what it should be.
 */
class CellReader {
  constructor(private readonly headers: readonly string[]) {}

  header(i: number): string | undefined {
    return this.headers[i];
  }

  text(cells: readonly string[], i: number): string {
    return i < 0 ? '' : (cells[i] ?? '').trim();
  }

  /** A number, or undefined for a missing cell. */
  number(cells: readonly string[], i: number): number | undefined {
    if (i < 0) return undefined;
    const t = this.text(cells, i);
    const n = readNumber(t);
    if (n === INVALID) throw new RowError(this.headers[i], `"${t}" is not a number`);
    return n === MISSING ? undefined : n;
  }

  interval(cells: readonly string[], iLower: number, iUpper: number): Interval | undefined {
    const lower = this.number(cells, iLower);
    const upper = this.number(cells, iUpper);
    if (lower === undefined && upper === undefined) return undefined;
    if (lower === undefined || upper === undefined)
      throw new RowError(
        this.headers[lower === undefined ? iLower : iUpper],
        'one confidence limit is missing',
      );
    if (lower > upper)
      throw new RowError(
        this.headers[iLower],
        `lower limit ${lower} is above upper limit ${upper}`,
      );
    return { lower, upper };
  }
}

/**
 * Compiles a mapper for one file's header, once: the published layouts (Fingertips exports,
 * ONS Explore Local Statistics, NHS provider measures) differ only in column names, which
 * `mapColumns` resolves to positions here. Periods are parsed once per distinct label.
 */
export function createRowMapper(headers: readonly string[], file: string): RowMapper {
  const mapping = mapColumns(headers);
  const index = Object.fromEntries(
    Object.entries(mapping.columns).map(([key, header]) => [key, headers.indexOf(header)]),
  ) as Partial<Record<CanonicalColumn, number>>;
  const at = (key: CanonicalColumn) => index[key] ?? -1;
  const pos = Object.fromEntries(READ_COLUMNS.map((key) => [key, at(key)])) as Positions;
  const reader = new CellReader(headers);
  const periods = new Map<string, Period>();
  const periodOf = (cells: readonly string[]): Period => {
    const periodText = reader.text(cells, pos.period);
    if (!periodText) throw new RowError(reader.header(pos.period), 'the time period is empty');
    let period = periods.get(periodText);
    if (!period) periods.set(periodText, (period = parsePeriod(periodText)));
    return period;
  };

  return {
    mapping,
    columnCount: headers.length,
    cell: (cells, key) => reader.text(cells, at(key)),
    position: at,
    map: (cells, line, indicatorId) => {
      try {
        return toDataPoint(cells, indicatorId, reader, pos, periodOf);
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        return { file, row: line, column: error.column, reason: error.message };
      }
    },
  };
}

function toDataPoint(
  cells: readonly string[],
  indicatorId: IndicatorId,
  reader: CellReader,
  pos: Positions,
  periodOf: (cells: readonly string[]) => Period,
): DataPoint {
  const code = readCode(
    reader.text(cells, pos.areaCode),
    reader.text(cells, pos.orgCode),
    reader.header(pos.areaCode >= 0 ? pos.areaCode : pos.orgCode),
  );
  const period = periodOf(cells);
  const { value, note } = valueAndNote(cells, reader, pos);
  // One object literal with every field, so all points share one shape (faster in V8); an
  // absent optional field is undefined, which every consumer treats as missing.
  const point: DataPoint = {
    indicatorId,
    code,
    period,
    sex: readSex(reader.text(cells, pos.sex)),
    age: reader.text(cells, pos.age),
    value,
    ci95: reader.interval(cells, pos.lower95, pos.upper95),
    ci998: reader.interval(cells, pos.lower998, pos.upper998),
    count: reader.number(cells, pos.count) ?? reader.number(cells, pos.numerator),
    denominator: reader.number(cells, pos.denominator),
    note: note || undefined,
    publishedComparison: reader.text(cells, pos.comparedEngland) || undefined,
    publishedTrend: reader.text(cells, pos.recentTrend) || undefined,
  };
  return point;
}

/** The value and its note: the publisher's note, ONS status flags, and what a missing value showed. */
function valueAndNote(
  cells: readonly string[],
  reader: CellReader,
  pos: Positions,
): { value: number | null; note: string } {
  // ONS status flags: x = not available, u = low reliability (ONS conventions).
  const status = reader.text(cells, pos.status).toLowerCase();
  const valueText = reader.text(cells, pos.value);
  const read = status === 'x' ? MISSING : readNumber(valueText);
  if (read === INVALID)
    throw new RowError(reader.header(pos.value), `"${valueText}" is not a number`);
  const value = read === MISSING ? null : read;

  // Built by appending, not by joining an array: this runs once per row of every file.
  let note = reader.text(cells, pos.valueNote);
  const add = (part: string) => (note = note ? `${note}; ${part}` : part);
  if (status)
    add(
      status === 'x'
        ? 'status flag x (not available)'
        : status === 'u'
          ? 'status flag u (low reliability)'
          : `status flag ${status}`,
    );
  if (value === null && valueText && status !== 'x') add(`value shown as "${valueText}" in source`);
  return { value, note: value === null && !note ? 'no value published' : note };
}

function readCode(area: string, org: string, column: string | undefined): AreaCode | OdsCode {
  if (area) {
    if (isAreaCode(area)) return area;
    throw new RowError(column, `"${area}" is not an ONS area code`);
  }
  if (org) {
    // NHS files label their national comparator row "England" (or ENG) in the organisation column.
    if (/^(england|eng)$/i.test(org)) return ENGLAND;
    // Normalised provider files hold comparator rows under their ONS code.
    if (isAreaCode(org)) return org;
    const upper = org.toUpperCase();
    if (isOdsCode(upper)) return upper;
    throw new RowError(column, `"${org}" is not an ODS organisation code`);
  }
  throw new RowError(column, 'the area or organisation code is empty');
}

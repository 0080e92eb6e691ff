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
  const periods = new Map<string, Period>();

  const cell = (cells: readonly string[], key: CanonicalColumn): string => {
    const i = index[key];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };

  // Column positions, resolved once per file; -1 when the file has no such column.
  const at = (key: CanonicalColumn) => index[key] ?? -1;
  const [iArea, iOrg, iPeriod, iValue, iStatus, iNote, iSex, iAge, iCompared, iTrend] = (
    [
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
    ] as const
  ).map(at) as [number, number, number, number, number, number, number, number, number, number];
  const [iL95, iU95, iL998, iU998, iCount, iNumerator, iDenominator] = (
    ['lower95', 'upper95', 'lower998', 'upper998', 'count', 'numerator', 'denominator'] as const
  ).map(at) as [number, number, number, number, number, number, number];
  const text = (cells: readonly string[], i: number) => (i < 0 ? '' : (cells[i] ?? '').trim());
  const headerAt = (i: number) => headers[i];

  /** A number, or undefined for a missing cell; throws a RowError naming the column when invalid. */
  const number = (cells: readonly string[], i: number): number | undefined => {
    if (i < 0) return undefined;
    const t = text(cells, i);
    const n = readNumber(t);
    if (n === INVALID) throw new RowError(headerAt(i), `"${t}" is not a number`);
    return n === MISSING ? undefined : n;
  };
  const interval = (
    cells: readonly string[],
    iLower: number,
    iUpper: number,
  ): Interval | undefined => {
    const lower = number(cells, iLower);
    const upper = number(cells, iUpper);
    if (lower === undefined && upper === undefined) return undefined;
    if (lower === undefined || upper === undefined)
      throw new RowError(
        headerAt(lower === undefined ? iLower : iUpper),
        'one confidence limit is missing',
      );
    if (lower > upper)
      throw new RowError(headerAt(iLower), `lower limit ${lower} is above upper limit ${upper}`);
    return { lower, upper };
  };

  const toDataPoint = (cells: readonly string[], indicatorId: IndicatorId): DataPoint => {
    const code = readCode(
      text(cells, iArea),
      text(cells, iOrg),
      headerAt(iArea >= 0 ? iArea : iOrg),
    );
    const periodText = text(cells, iPeriod);
    if (!periodText) throw new RowError(headerAt(iPeriod), 'the time period is empty');
    let period = periods.get(periodText);
    if (!period) periods.set(periodText, (period = parsePeriod(periodText)));

    // ONS status flags: x = not available, u = low reliability (ONS conventions).
    const status = iStatus < 0 ? '' : text(cells, iStatus).toLowerCase();
    const valueText = text(cells, iValue);
    const read = status === 'x' ? MISSING : readNumber(valueText);
    if (read === INVALID) throw new RowError(headerAt(iValue), `"${valueText}" is not a number`);
    const value = read === MISSING ? null : read;

    let note = text(cells, iNote);
    if (status) {
      const flag =
        status === 'x'
          ? 'status flag x (not available)'
          : status === 'u'
            ? 'status flag u (low reliability)'
            : `status flag ${status}`;
      note = note ? `${note}; ${flag}` : flag;
    }
    if (value === null && valueText && status !== 'x') {
      const marker = `value shown as "${valueText}" in source`;
      note = note ? `${note}; ${marker}` : marker;
    }
    if (value === null && !note) note = 'no value published';

    const ci95 = interval(cells, iL95, iU95);
    const ci998 = interval(cells, iL998, iU998);
    const count = number(cells, iCount) ?? number(cells, iNumerator);
    const denominator = number(cells, iDenominator);
    const compared = text(cells, iCompared);
    const sexText = text(cells, iSex);

    // One object literal with every field, so all points share one shape (faster in V8); an
    // absent optional field is undefined, which every consumer treats as missing.
    const point: DataPoint = {
      indicatorId,
      code,
      period,
      sex: readSex(sexText),
      age: text(cells, iAge),
      value,
      ci95,
      ci998,
      count,
      denominator,
      note: note || undefined,
      publishedComparison: compared || undefined,
      publishedTrend: text(cells, iTrend) || undefined,
    };
    return point;
  };

  return {
    mapping,
    columnCount: headers.length,
    cell,
    position: at,
    map: (cells, line, indicatorId) => {
      try {
        return toDataPoint(cells, indicatorId);
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        return { file, row: line, column: error.column, reason: error.message };
      }
    },
  };
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

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
  type RowReject,
  type Sex,
} from '../domain';
import type { CanonicalColumn, ColumnMapping } from './column-map';
import { parseNumberCell } from './parse-cell';
import { parsePeriod } from './parse-period';

export type RowResult =
  | { readonly kind: 'point'; readonly point: DataPoint }
  | { readonly kind: 'reject'; readonly reject: RowReject };

export interface RowContext {
  readonly file: string;
  /** 1-based line number, header = 1. */
  readonly line: number;
  readonly mapping: ColumnMapping;
  readonly indicatorId: IndicatorId;
}

class RowError extends Error {
  constructor(
    readonly column: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Maps one row of a published file (Fingertips-style area layout, or the NHS provider-measure
 * layout) to a DataPoint. Throws nothing: a bad row becomes a reject naming file, line,
 * column and reason.
 */
export function mapPublishedRow(row: Readonly<Record<string, string>>, ctx: RowContext): RowResult {
  try {
    return { kind: 'point', point: toDataPoint(row, ctx) };
  } catch (error) {
    if (!(error instanceof RowError)) throw error;
    return {
      kind: 'reject',
      reject: { file: ctx.file, row: ctx.line, column: error.column, reason: error.message },
    };
  }
}

function toDataPoint(row: Readonly<Record<string, string>>, ctx: RowContext): DataPoint {
  const { columns } = ctx.mapping;
  const header = (key: CanonicalColumn) => columns[key];
  const cell = (key: CanonicalColumn) => {
    const h = header(key);
    return h === undefined ? '' : (row[h] ?? '').trim();
  };

  const number = (key: CanonicalColumn): number | undefined => {
    const parsed = parseNumberCell(cell(key));
    if (parsed.kind === 'invalid') throw new RowError(header(key), `"${parsed.text}" is not a number`);
    return parsed.kind === 'number' ? parsed.value : undefined;
  };

  const interval = (lowerKey: CanonicalColumn, upperKey: CanonicalColumn): Interval | undefined => {
    const lower = number(lowerKey);
    const upper = number(upperKey);
    if (lower === undefined && upper === undefined) return undefined;
    if (lower === undefined || upper === undefined)
      throw new RowError(header(lower === undefined ? lowerKey : upperKey), 'one confidence limit is missing');
    if (lower > upper)
      throw new RowError(header(lowerKey), `lower limit ${lower} is above upper limit ${upper}`);
    return { lower, upper };
  };

  const code = readCode(cell('areaCode'), cell('orgCode'), header('areaCode') ?? header('orgCode'));
  const periodText = cell('period');
  if (!periodText) throw new RowError(header('period'), 'the time period is empty');

  // ONS status flags: x = not available, u = low reliability (ONS conventions).
  const status = cell('status').toLowerCase();
  const valueCell = status === 'x' ? ({ kind: 'missing' } as const) : parseNumberCell(cell('value'));
  if (valueCell.kind === 'invalid')
    throw new RowError(header('value'), `"${valueCell.text}" is not a number`);
  const value = valueCell.kind === 'number' ? valueCell.value : null;

  const notes = [cell('valueNote')];
  if (status === 'x') notes.push('status flag x (not available)');
  else if (status === 'u') notes.push('status flag u (low reliability)');
  else if (status) notes.push(`status flag ${status}`);
  if (valueCell.kind === 'missing' && valueCell.marker)
    notes.push(`value shown as "${valueCell.marker}" in source`);
  if (value === null && !notes.some(Boolean)) notes.push('no value published');

  const ci95 = interval('lower95', 'upper95');
  const ci998 = interval('lower998', 'upper998');
  const count = number('count') ?? number('numerator');
  const denominator = number('denominator');
  const note = notes.filter(Boolean).join('; ');
  const compared = cell('comparedEngland');

  return {
    indicatorId: ctx.indicatorId,
    code,
    period: parsePeriod(periodText),
    sex: readSex(cell('sex')),
    age: cell('age'),
    value,
    ...(ci95 && { ci95 }),
    ...(ci998 && { ci998 }),
    ...(count !== undefined && { count }),
    ...(denominator !== undefined && { denominator }),
    ...(note && { note }),
    ...(compared && { publishedComparison: compared }),
  };
}

function readCode(area: string, org: string, column: string | undefined): AreaCode | OdsCode {
  if (area) {
    if (isAreaCode(area)) return area;
    throw new RowError(column, `"${area}" is not an ONS area code`);
  }
  if (org) {
    // NHS files label their national comparator row "England" in the organisation column.
    if (/^(england|eng)$/i.test(org)) return ENGLAND;
    // Normalised provider files hold comparator rows under their ONS code.
    if (isAreaCode(org)) return org;
    const upper = org.toUpperCase();
    if (isOdsCode(upper)) return upper;
    throw new RowError(column, `"${org}" is not an ODS organisation code`);
  }
  throw new RowError(column, 'the area or organisation code is empty');
}

function readSex(text: string): Sex {
  const match = SEXES.find((s) => s.toLowerCase() === text.toLowerCase());
  return match ?? 'Persons';
}

import {
  asAreaCode,
  asOdsCode,
  AREA_KINDS,
  INNER_OUTER,
  isAreaCode,
  isOdsCode,
  isSubRegion,
  PROVIDER_KINDS,
  type Area,
  type AreaCode,
  type Icb,
  type OdsCode,
  type Organisation,
  type Provider,
} from '../domain';
import { FileError, parseCsvText } from './parse-csv';

export interface Reference {
  readonly areas: readonly Area[];
  readonly icbs: readonly Icb[];
  readonly providers: readonly Provider[];
  /** Updated tables that could not be read, so their bundled copies are used: said to the user. */
  readonly fallbacks?: readonly string[];
}

/** The register of organisations, read on its own (load-reference.ts, `loadRegister`). */
export interface Register {
  /** Every organisation named in the provider files; empty when the data has no register. */
  readonly organisations: readonly Organisation[];
  /** Said to the user: a copy used in place of an unreadable one, or names shown by code. */
  readonly fallbacks?: readonly string[];
}

/** Column lists of the normalised reference tables in data/reference/. */
export const AREA_COLUMNS = [
  'code',
  'name',
  'kind',
  'sub_region',
  'icb_ods_code',
  'inner_outer',
  'short_name',
  'tile_row',
  'tile_col',
  'former_ccg_code',
  'former_ccg_name',
] as const;
/** Columns added later are optional when read, so a folder written before them still loads. */
const AREA_REQUIRED = AREA_COLUMNS.filter((c) => !c.startsWith('former_ccg'));
export const ICB_COLUMNS = ['code', 'ods_code', 'name', 'sub_region'] as const;
export const PROVIDER_COLUMNS = [
  'code',
  'name',
  'kind',
  'status',
  'open_date',
  'close_date',
  'boroughs_served',
  'successor',
  'note',
] as const;

type Row = Readonly<Record<string, string>>;

function readTable(text: string, file: string, columns: readonly string[]): Row[] {
  const table = parseCsvText(text, file);
  const missing = columns.filter((c) => !table.headers.includes(c));
  if (missing.length) throw new FileError(file, `expected columns ${missing.join(', ')}`);
  return [...table.rows];
}

const rowError = (file: string, index: number, column: string, what: string) =>
  new FileError(file, `row ${index + 2}, column "${column}": ${what}`);

function oneOf<T extends string>(
  file: string,
  row: Row,
  index: number,
  column: string,
  allowed: readonly T[],
): T {
  const value = row[column] ?? '';
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw rowError(file, index, column, `"${value}" is not one of ${allowed.join(', ')}`);
}

function code<T>(
  file: string,
  row: Row,
  index: number,
  column: string,
  guard: (v: string) => boolean,
  make: (v: string) => T,
): T {
  const value = row[column] ?? '';
  if (!guard(value)) throw rowError(file, index, column, `"${value}" is not a valid code`);
  return make(value);
}

const optional = (value: string | undefined) => (value ? value : undefined);

export function parseAreas(text: string, file: string): Area[] {
  return readTable(text, file, AREA_REQUIRED).map((row, i) => {
    const subRegion = row.sub_region ?? '';
    if (subRegion && !isSubRegion(subRegion))
      throw rowError(file, i, 'sub_region', `"${subRegion}" is not a London ICB sub-region`);
    const tileRow = Number(row.tile_row);
    const tileCol = Number(row.tile_col);
    return {
      code: code(file, row, i, 'code', isAreaCode, asAreaCode),
      name: row.name ?? '',
      kind: oneOf(file, row, i, 'kind', AREA_KINDS),
      ...(subRegion && isSubRegion(subRegion) && { subRegion }),
      ...(row.icb_ods_code && {
        icbOdsCode: code(file, row, i, 'icb_ods_code', isOdsCode, asOdsCode),
      }),
      ...(row.inner_outer && { innerOuter: oneOf(file, row, i, 'inner_outer', INNER_OUTER) }),
      ...(row.short_name && { shortName: row.short_name }),
      ...(row.tile_row && row.tile_col && { tile: { row: tileRow, col: tileCol } }),
      ...(row.former_ccg_code &&
        row.former_ccg_name && {
          formerCcg: { code: row.former_ccg_code, name: row.former_ccg_name },
        }),
    };
  });
}

export function parseIcbs(text: string, file: string): Icb[] {
  return readTable(text, file, ICB_COLUMNS).map((row, i) => {
    const subRegion = row.sub_region ?? '';
    if (!isSubRegion(subRegion))
      throw rowError(file, i, 'sub_region', `"${subRegion}" is not a London ICB sub-region`);
    return {
      code: code(file, row, i, 'code', isAreaCode, asAreaCode),
      odsCode: code(file, row, i, 'ods_code', isOdsCode, asOdsCode),
      name: row.name ?? '',
      subRegion,
    };
  });
}

export function parseProviders(text: string, file: string): Provider[] {
  return readTable(text, file, PROVIDER_COLUMNS).map((row, i) => {
    const served = (row.boroughs_served ?? '').split(';').filter(Boolean);
    const bad = served.find((c) => !isAreaCode(c));
    if (bad) throw rowError(file, i, 'boroughs_served', `"${bad}" is not an area code`);
    const successor = optional(row.successor);
    const openDate = optional(row.open_date);
    const closeDate = optional(row.close_date);
    const note = optional(row.note);
    return {
      code: code(file, row, i, 'code', isOdsCode, asOdsCode),
      name: row.name ?? '',
      kind: oneOf(file, row, i, 'kind', PROVIDER_KINDS),
      status: oneOf(file, row, i, 'status', ['active', 'closed'] as const),
      boroughsServed: served as AreaCode[],
      ...(openDate && { openDate }),
      ...(closeDate && { closeDate }),
      ...(successor && {
        successor: code(file, row, i, 'successor', isOdsCode, (v) => v as OdsCode),
      }),
      ...(note && { note }),
    };
  });
}

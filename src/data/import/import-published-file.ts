import { ENGLAND, LONDON, type DataPoint, type Indicator, type IndicatorId, type IndicatorLevel, type RowReject, type Sex } from '../../domain';
import { mapColumns } from '../column-map';
import { mapPublishedRow } from '../map-published-row';
import { parseCsvText } from '../parse-csv';
import { requireColumns } from '../read-published-csv';
import { newIndicator, slug } from './new-indicator';

export interface ImportContext {
  /** Known indicators, with their match rules. */
  readonly indicators: readonly Indicator[];
  /** London borough codes: area rows elsewhere are out of scope (London and England are kept). */
  readonly boroughCodes: ReadonlySet<string>;
  /** ISO date for entries created from the file. */
  readonly today: string;
  /** Called every few thousand rows while checking, for a progress bar. */
  readonly onProgress?: (rowsChecked: number, rowsTotal: number) => void;
}

const PROGRESS_EVERY = 20000;

export interface FileImport {
  readonly file: string;
  readonly rowsRead: number;
  readonly points: readonly DataPoint[];
  /** Indicators with rows in this file: catalogue entries, or new ones made from the file. */
  readonly indicators: readonly Indicator[];
  readonly newIndicatorIds: readonly IndicatorId[];
  /** Rows left out on purpose, by reason (out of scope, breakdown rows, subtotals). */
  readonly skipped: Readonly<Record<string, number>>;
  readonly rejects: readonly RowReject[];
  readonly unknownColumns: readonly string[];
  /** Things the user should know about how the file was read. */
  readonly notes: readonly string[];
}

const DELIMITER_NAMES: Record<string, string> = { ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars' };

type Row = Readonly<Record<string, string>>;

/** Organisation types in NHS files that are geographies or subtotals, not providers. */
const NOT_PROVIDERS = /^(ccgs?|csus?|stp|icbs?|icb of gp practice or residence|sub[- ]icb|commissioning region|nhs region|region|country)$|\(england subtotal\)$/i;
const NATIONAL = /^(england|eng)$/i;

/** Why an organisation row is outside an indicator's level, or undefined when it is in scope. */
function outOfScope(level: IndicatorLevel, orgType: string, orgCode: string): string | undefined {
  const type = orgType.trim();
  if (NATIONAL.test(orgCode) || orgCode === ENGLAND) return undefined;
  if (/^(ENG_.*|UNKNOWN)$/i.test(orgCode)) return 'national subtotal or unknown organisation';
  if (!type) return undefined;
  if (level === 'provider') return NOT_PROVIDERS.test(type) ? `organisation type "${type}" is not a provider` : undefined;
  if (level === 'ccg') return /^(ccg|nhs region)$/i.test(type) ? undefined : `organisation type "${type}" is not a CCG`;
  if (level === 'icb') return /^icbs?$/i.test(type) ? undefined : `organisation type "${type}" is not an ICB`;
  return undefined;
}

/**
 * Reads one published file of any supported layout (Fingertips export in any header style,
 * ONS Explore Local Statistics, NHS provider measures, QOF by organisation) into DataPoints
 * for known or new indicators. Area data keeps London's boroughs, London and England; provider
 * data keeps every provider in England so London can be benchmarked. Everything left out is
 * counted by reason; every bad row is a reject naming file, row and column.
 */
export function importPublishedFile(text: string, file: string, context: ImportContext): FileImport {
  const table = parseCsvText(text, file);
  const mapping = mapColumns(table.headers);
  requireColumns(file, mapping);
  const { columns } = mapping;
  const cell = (row: Row, key: keyof typeof columns) => (columns[key] ? (row[columns[key]!] ?? '').trim() : '');
  const isAreaFile = columns.areaCode !== undefined;

  const byFingertips = new Map(context.indicators.filter((i) => i.fingertipsId !== undefined).map((i) => [i.fingertipsId, i]));
  const byMeasure = new Map(context.indicators.flatMap((i) => (i.match?.measureIds ?? []).map((m) => [m.toLowerCase(), i] as const)));
  const byName = new Map(context.indicators.flatMap((i) => (i.match?.names ?? []).map((n) => [n.name.toLowerCase(), { indicator: i, sex: n.sex }] as const)));
  const found = new Map<IndicatorId, Indicator>();
  const created = new Map<IndicatorId, Indicator>();
  const remember = (input: Parameters<typeof newIndicator>[0]) => {
    const existing = created.get(input.id as IndicatorId);
    if (existing) return existing;
    const indicator = newIndicator(input);
    created.set(indicator.id, indicator);
    return indicator;
  };

  const resolve = (row: Row): { indicator: Indicator; sex?: Sex } | { reason: string; column?: string } => {
    const name = cell(row, 'indicatorName');
    const idText = cell(row, 'indicatorId');
    const measure = cell(row, 'measureId');
    const level: IndicatorLevel = isAreaFile ? 'borough' : 'provider';
    if (/^\d+$/.test(idText)) {
      const known = byFingertips.get(Number(idText));
      return { indicator: known ?? remember({ id: `fingertips-${idText}`, fingertipsId: Number(idText), name: name || `Fingertips indicator ${idText}`, level, file, today: context.today }) };
    }
    if (measure) {
      const known = byMeasure.get(measure.toLowerCase());
      return { indicator: known ?? remember({ id: `measure-${slug(measure)}`, name: name || measure, level, file, today: context.today }) };
    }
    if (name) {
      // ONS Explore Local Statistics names a measure within the indicator: "Anxiety - Mean (…)".
      const measureName = cell(row, 'measureName');
      const known = byName.get(name.toLowerCase()) ?? (measureName ? byName.get(`${name} - ${measureName}`.toLowerCase()) : undefined);
      if (known) return known;
      return { indicator: remember({ id: `file-${slug(name)}`, name, level, file, today: context.today, unit: cell(row, 'unit') }) };
    }
    return { reason: 'no indicator id, measure id or indicator name', column: columns.indicatorName ?? columns.indicatorId };
  };

  const points: DataPoint[] = [];
  const rejects: RowReject[] = [];
  const skipped: Record<string, number> = {};
  const skip = (reason: string) => void (skipped[reason] = (skipped[reason] ?? 0) + 1);
  const seen = new Map<string, number | null>();

  table.rows.forEach((row, index) => {
    const line = index + 2;
    if (context.onProgress && index % PROGRESS_EVERY === 0) context.onProgress(index, table.rows.length);
    if (cell(row, 'categoryType') || cell(row, 'category')) return skip('breakdown by category (e.g. deprivation decile)');
    const resolved = resolve(row);
    if ('reason' in resolved) return void rejects.push({ file, row: line, column: resolved.column, reason: resolved.reason });
    const { indicator } = resolved;
    if (!isAreaFile) {
      const reason = outOfScope(indicator.level, cell(row, 'orgType'), cell(row, 'orgCode'));
      if (reason) return skip(reason);
    }
    const result = mapPublishedRow(row, { file, line, mapping, indicatorId: indicator.id });
    if (result.kind === 'reject') return void rejects.push(result.reject);
    const point = resolved.sex ? { ...result.point, sex: resolved.sex } : result.point;

    if (isAreaFile && point.code !== ENGLAND && point.code !== LONDON && !context.boroughCodes.has(point.code)) {
      return skip(point.code.startsWith('E09') ? 'London borough code not recognised' : 'area outside London');
    }
    const key = [point.indicatorId, point.code, point.period.label, point.sex, point.age].join('\u0001');
    if (seen.has(key)) {
      if (seen.get(key) === point.value) return skip('repeated row with the same value');
      return void rejects.push({ file, row: line, column: columns.value, reason: 'duplicate of an earlier row (same area, period, sex and age) with a different value' });
    }
    seen.set(key, point.value);
    found.set(indicator.id, indicator);
    points.push(point);
  });

  return {
    file,
    rowsRead: table.rows.length,
    points,
    indicators: [...found.values()],
    newIndicatorIds: [...created.keys()].filter((id) => found.has(id)),
    skipped,
    rejects,
    unknownColumns: mapping.unknown,
    notes: table.delimiter === ',' ? [] : [`Columns are separated by ${DELIMITER_NAMES[table.delimiter] ?? `"${table.delimiter}"`}, not commas; the file was read that way.`],
  };
}

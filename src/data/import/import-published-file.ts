import {
  combinedAreaOf,
  ENGLAND,
  isAreaCode,
  LONDON,
  POLARITIES,
  type DataPoint,
  type Indicator,
  type IndicatorId,
  type IndicatorLevel,
  type Organisation,
  type RowReject,
  type Sex,
} from '../../domain';
import { organisationCollector } from '../organisations';
import { streamPublishedCsv } from '../read-published-csv';
import { isReject, type RowMapper } from '../row-mapper';
import { DuplicateIndex } from './duplicate-index';
import { inferPolarity } from './infer-polarity';
import { asPercentage, inferPercentage } from './infer-value-type';
import { applyElsMetadata, type ElsMetadataSet } from './els-metadata';
import { newIndicator, slug } from './new-indicator';

export interface ImportContext {
  /** Known indicators, with their match rules. */
  readonly indicators: readonly Indicator[];
  /** London borough codes: area rows elsewhere are out of scope (London and England are kept). */
  readonly boroughCodes: ReadonlySet<string>;
  /** ISO date for entries created from the file. */
  readonly today: string;
  /** The publisher's metadata file beside the CSV (ONS Explore Local Statistics), if any. */
  readonly metadata?: ElsMetadataSet;
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
  /** Where each reason first applied: 'row 5, column "Area Code" (E09000099)'. */
  readonly skippedFirst: Readonly<Record<string, string>>;
  /** Organisations the file names (provider-measure files), for the organisation register. */
  readonly organisations: readonly Organisation[];
  readonly rejects: readonly RowReject[];
  readonly unknownColumns: readonly string[];
  /** Things the user should know about how the file was read. */
  readonly notes: readonly string[];
}

const DELIMITER_NAMES: Record<string, string> = {
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars',
};

/** Organisation types in NHS files that are geographies or subtotals, not providers. */
const NOT_PROVIDERS =
  /^(ccgs?|csus?|stp|icbs?|icb of gp practice or residence|sub[- ]icb|commissioning region|nhs region|region|country)$|\(england subtotal\)$/i;
const NATIONAL = /^(england|eng)$/i;

/** Why an organisation row is outside an indicator's level, or undefined when it is in scope. */
function outOfScope(level: IndicatorLevel, orgType: string, orgCode: string): string | undefined {
  const type = orgType.trim();
  if (NATIONAL.test(orgCode) || orgCode === ENGLAND) return undefined;
  if (/^(ENG_.*|UNKNOWN)$/i.test(orgCode)) return 'national subtotal or unknown organisation';
  if (!type) return undefined;
  if (level === 'provider')
    return NOT_PROVIDERS.test(type) ? `organisation type "${type}" is not a provider` : undefined;
  if (level === 'ccg')
    return /^(ccg|nhs region)$/i.test(type)
      ? undefined
      : `organisation type "${type}" is not a CCG`;
  if (level === 'icb')
    return /^icbs?$/i.test(type) ? undefined : `organisation type "${type}" is not an ICB`;
  return undefined;
}

/**
 * Reads one published file of any supported layout (Fingertips export in any header style,
 * ONS Explore Local Statistics, NHS provider measures, QOF by organisation) into DataPoints
 * for known or new indicators. Area data keeps London's boroughs, London and England; provider
 * data keeps every provider in England so London can be benchmarked. Everything left out is
 * counted by reason; every bad row is a reject naming file, row and column.
 */
export function importPublishedFile(
  text: string,
  file: string,
  context: ImportContext,
): FileImport {
  const byFingertips = new Map(
    context.indicators.filter((i) => i.fingertipsId !== undefined).map((i) => [i.fingertipsId, i]),
  );
  const byMeasure = new Map(
    context.indicators.flatMap((i) =>
      (i.match?.measureIds ?? []).map((m) => [m.toLowerCase(), i] as const),
    ),
  );
  const byName = new Map(
    context.indicators.flatMap((i) =>
      (i.match?.names ?? []).map(
        (n) => [n.name.toLowerCase(), { indicator: i, sex: n.sex }] as const,
      ),
    ),
  );
  const found = new Map<IndicatorId, Indicator>();
  const created = new Map<IndicatorId, Indicator>();
  const remember = (input: Parameters<typeof newIndicator>[0]) => {
    const existing = created.get(input.id as IndicatorId);
    if (existing) return existing;
    const made = newIndicator(input);
    const indicator = context.metadata
      ? applyElsMetadata(made, context.metadata.forIndicator(input.name), context.metadata.file)
      : made;
    created.set(indicator.id, indicator);
    return indicator;
  };

  type Resolved = { indicator: Indicator; sex?: Sex } | { reason: string; column?: string };
  const resolutions = new Map<string, Resolved>();
  const resolve = (cells: readonly string[], m: RowMapper, isAreaFile: boolean): Resolved => {
    const header = m.mapping;
    const idText = m.cell(cells, 'indicatorId');
    // Fingertips rows: the id alone decides, so it is the whole cache key.
    const numericId = idText !== '' && /^\d+$/.test(idText);
    const measure = numericId ? '' : m.cell(cells, 'measureId');
    const measureName = numericId ? '' : m.cell(cells, 'measureName');
    const cacheKey = numericId
      ? idText
      : `\u0001${measure}\u0001${m.cell(cells, 'indicatorName')}\u0001${measureName}`;
    let resolved = resolutions.get(cacheKey);
    if (resolved) return resolved;
    const name = m.cell(cells, 'indicatorName');
    const level: IndicatorLevel = isAreaFile ? 'borough' : 'provider';
    if (numericId) {
      const known = byFingertips.get(Number(idText));
      resolved = {
        indicator:
          known ??
          remember({
            id: `fingertips-${idText}`,
            fingertipsId: Number(idText),
            name: name || `Fingertips indicator ${idText}`,
            level,
            file,
            today: context.today,
          }),
      };
    } else if (measure) {
      const known = byMeasure.get(measure.toLowerCase());
      resolved = {
        indicator:
          known ??
          remember({
            id: `measure-${slug(measure)}`,
            name: name || measure,
            level,
            file,
            today: context.today,
          }),
      };
    } else if (name) {
      // ONS Explore Local Statistics names a measure within the indicator: "Anxiety - Mean (…)".
      const known =
        byName.get(name.toLowerCase()) ??
        (measureName ? byName.get(`${name} - ${measureName}`.toLowerCase()) : undefined);
      resolved = known ?? {
        indicator: remember({
          id: `file-${slug(name)}`,
          name,
          level,
          file,
          today: context.today,
          unit: m.cell(cells, 'unit'),
        }),
      };
    } else {
      resolved = {
        reason: 'no indicator id, measure id or indicator name',
        column: header.columns.indicatorName ?? header.columns.indicatorId,
      };
    }
    resolutions.set(cacheKey, resolved);
    return resolved;
  };

  const points: DataPoint[] = [];
  const rejects: RowReject[] = [];
  const skipped: Record<string, number> = {};
  const skippedFirst: Record<string, string> = {};
  const skip = (reason: string, line: number, column?: string, value?: string) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
    skippedFirst[reason] ??=
      `row ${line}${column ? `, column "${column}"` : ''}${value ? ` (${value.slice(0, 40)})` : ''}`;
  };
  const duplicates = new DuplicateIndex();
  let rowsSinceProgress = 0;
  let positions:
    | Record<
        'category' | 'categoryType' | 'areaCode' | 'orgType' | 'orgCode' | 'orgName' | 'region',
        number
      >
    | undefined;
  const organisations = organisationCollector();
  const at = (cells: readonly string[], i: number) => (i < 0 ? '' : (cells[i] ?? '').trim());

  const { mapper, delimiter, rowsRead } = streamPublishedCsv(
    text,
    file,
    (cells, line, m, cursor) => {
      if (context.onProgress && ++rowsSinceProgress === PROGRESS_EVERY) {
        rowsSinceProgress = 0;
        context.onProgress(cursor, text.length);
      }
      const p = (positions ??= {
        category: m.position('category'),
        categoryType: m.position('categoryType'),
        areaCode: m.position('areaCode'),
        orgType: m.position('orgType'),
        orgCode: m.position('orgCode'),
        orgName: m.position('orgName'),
        region: m.position('region'),
      });
      // A row with more cells than the header has columns is malformed: never read by position.
      if (cells.length > m.columnCount && cells.slice(m.columnCount).some((c) => c.trim() !== ''))
        return void rejects.push({
          file,
          row: line,
          reason: `the row has ${cells.length.toLocaleString('en-GB')} cells but the header has ${m.columnCount} columns`,
        });
      if (at(cells, p.categoryType) || at(cells, p.category))
        return skip(
          'breakdown by category (e.g. deprivation decile)',
          line,
          m.mapping.columns.category ?? m.mapping.columns.categoryType,
        );
      const isAreaFile = p.areaCode >= 0;
      // Every organisation the file names, kept or not: the register labels funnels with them.
      if (!isAreaFile && p.orgCode >= 0)
        organisations.add({
          code: at(cells, p.orgCode),
          name: at(cells, p.orgName),
          type: at(cells, p.orgType),
          region: at(cells, p.region),
        });
      // Most rows of a national export are outside London: leave them before any further work.
      const areaCode = isAreaFile ? at(cells, p.areaCode) : '';
      if (
        areaCode &&
        areaCode !== ENGLAND &&
        areaCode !== LONDON &&
        !context.boroughCodes.has(areaCode) &&
        !combinedAreaOf(areaCode) &&
        isAreaCode(areaCode)
      ) {
        return skip(
          areaCode.startsWith('E09') ? 'London borough code not recognised' : 'area outside London',
          line,
          m.mapping.columns.areaCode,
          areaCode,
        );
      }
      const resolved = resolve(cells, m, isAreaFile);
      if ('reason' in resolved)
        return void rejects.push({
          file,
          row: line,
          column: resolved.column,
          reason: resolved.reason,
        });
      const { indicator } = resolved;
      if (!isAreaFile) {
        const reason = outOfScope(indicator.level, at(cells, p.orgType), at(cells, p.orgCode));
        if (reason) return skip(reason, line, m.mapping.columns.orgType, at(cells, p.orgType));
      }
      const result = m.map(cells, line, indicator.id);
      if (isReject(result)) return void rejects.push(result);
      const point = resolved.sex ? { ...result, sex: resolved.sex } : result;
      const earlier = duplicates.check(point);
      if (earlier !== undefined) {
        if (earlier === point.value) return skip('repeated row with the same value', line);
        return void rejects.push({
          file,
          row: line,
          column: m.mapping.columns.value,
          reason:
            'duplicate of an earlier row (same area, period, sex and age) with a different value',
        });
      }
      if (!found.has(indicator.id)) found.set(indicator.id, indicator);
      points.push(point);
    },
  );

  // A new indicator's polarity follows the publisher's own comparison wording, where it has one.
  const indicators = [...found.values()].map((found) => {
    if (!created.has(found.id)) return found;
    const own = points.filter((p) => p.indicatorId === found.id);
    const percentage = found.valueType === 'score' ? inferPercentage(own) : undefined;
    const indicator = percentage ? asPercentage(found, percentage.reason) : found;
    const inferred = inferPolarity(own);
    return inferred
      ? {
          ...indicator,
          polarity: inferred.polarity,
          caveats: [
            `Polarity "${POLARITIES[inferred.polarity]}" because ${inferred.reason}.`,
            ...indicator.caveats.filter((c) => !c.startsWith('Added from a loaded file')),
          ],
        }
      : indicator;
  });
  return {
    file,
    rowsRead,
    points,
    indicators,
    newIndicatorIds: [...created.keys()].filter((id) => found.has(id)),
    skipped,
    skippedFirst,
    organisations: organisations.list(),
    rejects,
    unknownColumns: mapper.mapping.unknown,
    notes:
      delimiter === ','
        ? []
        : [
            `Columns are separated by ${DELIMITER_NAMES[delimiter] ?? `"${delimiter}"`}, not commas; the file was read that way.`,
          ],
  };
}

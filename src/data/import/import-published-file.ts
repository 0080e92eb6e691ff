import { formatNumber } from '../../domain/format-number';
import {
  POLARITIES,
  type DataPoint,
  type Indicator,
  type IndicatorId,
  type Organisation,
  type RowReject,
} from '../../domain';
import { organisationCollector } from '../organisations';
import { streamPublishedCsv } from '../read-published-csv';
import { isReject, type RowMapper } from '../row-mapper';
import { DuplicateIndex } from './duplicate-index';
import { inferPolarity } from './infer-polarity';
import { asPercentage, inferPercentage } from './infer-value-type';
import { applyElsMetadata, type ElsMetadataSet } from './els-metadata';
import { newIndicator } from './new-indicator';
import {
  formatOf,
  knownIndicators,
  type IndicatorCells,
  type MakeIndicator,
  type ResolvedIndicator,
} from './publisher-formats';
import { areaOutOfScope, organisationOutOfScope } from './row-scope';

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

type Unresolved = { readonly reason: string; readonly column?: string };

/** What a file gave so far: kept points, rejects, and the rows left out on purpose by reason. */
class Tally {
  readonly points: DataPoint[] = [];
  readonly rejects: RowReject[] = [];
  readonly skipped: Record<string, number> = {};
  readonly skippedFirst: Record<string, string> = {};
  /** Indicators with at least one kept row, in the order first met. */
  readonly found = new Map<IndicatorId, Indicator>();
  private readonly duplicates = new DuplicateIndex();

  constructor(private readonly file: string) {}

  skip(reason: string, line: number, column?: string, value?: string): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
    this.skippedFirst[reason] ??=
      `row ${line}${column ? `, column "${column}"` : ''}${value ? ` (${value.slice(0, 40)})` : ''}`;
  }

  reject(row: number, reason: string, column?: string): void {
    this.rejects.push({ file: this.file, row, reason, ...(column !== undefined && { column }) });
  }

  /** Keeps a point, or says why not: a repeat of an earlier row, or a clash with one. */
  keep(point: DataPoint, indicator: Indicator, line: number, valueColumn?: string): void {
    const earlier = this.duplicates.check(point);
    if (earlier !== undefined) {
      if (earlier === point.value) return this.skip('repeated row with the same value', line);
      return this.reject(
        line,
        'duplicate of an earlier row (same area, period, sex and age) with a different value',
        valueColumn,
      );
    }
    if (!this.found.has(indicator.id)) this.found.set(indicator.id, indicator);
    this.points.push(point);
  }
}

/** The positions of the columns that decide a row's scope, read once per file. */
const scopeColumns = (m: RowMapper) => ({
  category: m.position('category'),
  categoryType: m.position('categoryType'),
  areaCode: m.position('areaCode'),
  orgType: m.position('orgType'),
  orgCode: m.position('orgCode'),
  orgName: m.position('orgName'),
  region: m.position('region'),
});

/**
 * Which indicator each row belongs to, through the publisher-format registry: the catalogue's
 * entry where its match rule finds one, else a new indicator made once from the file (with the
 * publisher's metadata where given). Remembered per row key, so a file of a million rows of one
 * indicator resolves it once.
 */
function indicatorResolver(file: string, context: ImportContext) {
  const known = knownIndicators(context.indicators);
  const created = new Map<IndicatorId, Indicator>();
  const make: MakeIndicator = (input) => {
    const existing = created.get(input.id as IndicatorId);
    if (existing) return existing;
    const made = newIndicator({ ...input, file, today: context.today });
    const indicator = context.metadata
      ? applyElsMetadata(made, context.metadata.forIndicator(input.name), context.metadata.file)
      : made;
    created.set(indicator.id, indicator);
    return indicator;
  };
  const remembered = new Map<string, ResolvedIndicator | Unresolved>();
  const resolve = (cells: readonly string[], m: RowMapper, isAreaFile: boolean) => {
    const named: IndicatorCells = {
      indicatorId: m.cell(cells, 'indicatorId'),
      measureId: m.cell(cells, 'measureId'),
      indicatorName: m.cell(cells, 'indicatorName'),
      measureName: m.cell(cells, 'measureName'),
      unit: m.cell(cells, 'unit'),
    };
    const format = formatOf(named);
    const key = format ? `${format.name}\u0001${format.key(named)}` : '';
    let resolved = remembered.get(key);
    if (resolved) return resolved;
    resolved = format
      ? format.resolve(named, known, make, isAreaFile ? 'borough' : 'provider')
      : {
          reason: 'no indicator id, measure id or indicator name',
          column: m.mapping.columns.indicatorName ?? m.mapping.columns.indicatorId,
        };
    remembered.set(key, resolved);
    return resolved;
  };
  return { resolve, created };
}

/** A new indicator's polarity follows the publisher's own comparison wording, where it has one. */
function settleNewIndicators(
  found: ReadonlyMap<IndicatorId, Indicator>,
  created: ReadonlyMap<IndicatorId, Indicator>,
  points: readonly DataPoint[],
): Indicator[] {
  return [...found.values()].map((indicator) => {
    if (!created.has(indicator.id)) return indicator;
    const own = points.filter((p) => p.indicatorId === indicator.id);
    const percentage = indicator.valueType === 'score' ? inferPercentage(own) : undefined;
    const typed = percentage ? asPercentage(indicator, percentage.reason) : indicator;
    const inferred = inferPolarity(own);
    return inferred
      ? {
          ...typed,
          polarity: inferred.polarity,
          caveats: [
            `Polarity "${POLARITIES[inferred.polarity]}" because ${inferred.reason}.`,
            ...typed.caveats.filter((c) => !c.startsWith('Added from a loaded file')),
          ],
        }
      : typed;
  });
}

/**
 * Reads one published file of any supported layout (the formats in publisher-formats.ts) into
 * DataPoints for known or new indicators. Area data keeps London's boroughs, London and
 * England; provider data keeps every provider in England so London can be benchmarked.
 * Everything left out is counted by reason; every bad row is a reject naming file, row and column.
 */
export function importPublishedFile(
  text: string,
  file: string,
  context: ImportContext,
): FileImport {
  const { resolve, created } = indicatorResolver(file, context);
  const tally = new Tally(file);
  const organisations = organisationCollector();
  const at = (cells: readonly string[], i: number) => (i < 0 ? '' : (cells[i] ?? '').trim());
  let p: ReturnType<typeof scopeColumns> | undefined;
  let rowsSinceProgress = 0;

  const { mapper, delimiter, rowsRead } = streamPublishedCsv(
    text,
    file,
    (cells, line, m, cursor) => {
      if (context.onProgress && ++rowsSinceProgress === PROGRESS_EVERY) {
        rowsSinceProgress = 0;
        context.onProgress(cursor, text.length);
      }
      p ??= scopeColumns(m);
      const columns = m.mapping.columns;
      const malformed = extraCells(cells, m.columnCount);
      if (malformed) return tally.reject(line, malformed);
      if (at(cells, p.categoryType) || at(cells, p.category))
        return tally.skip(
          'breakdown by category (e.g. deprivation decile)',
          line,
          columns.category ?? columns.categoryType,
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
      const outside = areaOutOfScope(areaCode, context.boroughCodes);
      if (outside) return tally.skip(outside, line, columns.areaCode, areaCode);
      const resolved = resolve(cells, m, isAreaFile);
      if ('reason' in resolved) return tally.reject(line, resolved.reason, resolved.column);
      const { indicator } = resolved;
      const notOrganisation = isAreaFile
        ? undefined
        : organisationOutOfScope(indicator.level, at(cells, p.orgType), at(cells, p.orgCode));
      if (notOrganisation)
        return tally.skip(notOrganisation, line, columns.orgType, at(cells, p.orgType));
      const result = m.map(cells, line, indicator.id);
      if (isReject(result)) return void tally.rejects.push(result);
      tally.keep(
        resolved.sex ? { ...result, sex: resolved.sex } : result,
        indicator,
        line,
        columns.value,
      );
    },
  );

  return {
    file,
    rowsRead,
    points: tally.points,
    indicators: settleNewIndicators(tally.found, created, tally.points),
    newIndicatorIds: [...created.keys()].filter((id) => tally.found.has(id)),
    skipped: tally.skipped,
    skippedFirst: tally.skippedFirst,
    organisations: organisations.list(),
    rejects: tally.rejects,
    unknownColumns: mapper.mapping.unknown,
    notes: delimiterNotes(delimiter),
  };
}

function delimiterNotes(delimiter: string): string[] {
  if (delimiter === ',') return [];
  const name = DELIMITER_NAMES[delimiter] ?? `"${delimiter}"`;
  return [`Columns are separated by ${name}, not commas; the file was read that way.`];
}

/** A row with more (non-empty) cells than the header has columns is malformed: never read by position. */
function extraCells(cells: readonly string[], columnCount: number): string | undefined {
  if (cells.length <= columnCount || cells.slice(columnCount).every((c) => c.trim() === ''))
    return undefined;
  return `the row has ${formatNumber(cells.length)} cells but the header has ${columnCount} columns`;
}

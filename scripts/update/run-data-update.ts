import {
  realpathSync,
  existsSync,
  mkdirSync,
  renameSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  cpSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseCatalogue, type Catalogue } from '../../src/data/catalogue';
import { importPublishedFile, type FileImport } from '../../src/data/import/import-published-file';
import { parseElsMetadata, type ElsMetadataSet } from '../../src/data/import/els-metadata';
import {
  mergeImports,
  type BenchmarkChange,
  type IndicatorChange,
  type MergeConflict,
} from '../../src/data/import/merge-imports';
import { benchmarkFlips } from '../../src/model/benchmark-flips';
import { pointsToShippedCsv } from '../../src/data/shipped-format';
import { decodeText } from '../../src/data/decode-text';
import {
  mergeOrganisations,
  organisationsToCsv,
  parseOrganisations,
} from '../../src/data/organisations';
import { FileError } from '../../src/data/parse-csv';
import { summariseCoverage } from '../../src/data/summarise-coverage';
import { readIndicatorFile } from '../../src/data/read-indicator-file';
import { parseAreas } from '../../src/data/reference';
import type { Indicator, Organisation } from '../../src/domain';
import { toCatalogueEntry } from '../catalogue/define';
import { RAW_BOROUGH_INDICATORS, RAW_PROVIDER_INDICATORS } from '../catalogue/raw-indicators';

export interface UpdateOptions {
  readonly repoRoot: string;
  readonly source?: string;
  readonly out: string;
  readonly today: string;
  readonly log: (line: string) => void;
  /**
   * Downloads from this origin instead of each publisher's, keeping the publisher's host as the
   * first path segment (https://fingertips.phe.org.uk/api/… → <origin>/fingertips.phe.org.uk/api/…):
   * a mirror, or a local server in tests.
   */
  readonly publishersAt?: string;
  /** For tests: fetch used to download publisher files. */
  readonly fetchFile?: (url: string) => Promise<string>;
  /** Start afresh from the bundle instead of adding to what data/local already holds. */
  readonly replace?: boolean;
  /**
   * With --source, a file that cannot be read stops the run before anything is written, unless
   * this is set: then it is skipped and recorded (the report and the app's header say which).
   * Downloads always keep going: an unreachable publisher is recorded, not fatal.
   */
  readonly keepGoing?: boolean;
}

/** A publisher's address on a mirror that keeps the host as the first path segment. */
export function rehost(url: string, origin: string): string {
  const { host, pathname, search } = new URL(url);
  return `${origin.replace(/\/$/, '')}/${host}${pathname}${search}`;
}

/** A run that changed nothing, and why: the CLI prints it in one line. */
export class UpdateNotWritten extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'UpdateNotWritten';
  }
}

interface FileReport {
  readonly file: string;
  readonly rowsRead: number;
  readonly rowsKept: number;
  readonly skipped: Readonly<Record<string, number>>;
  readonly skippedFirst: Readonly<Record<string, string>>;
  readonly rejected: Readonly<Record<string, number>>;
  readonly firstRejects: readonly string[];
  readonly indicators: readonly string[];
}

export interface UpdateReport {
  readonly source: string;
  /** Two files of this update giving one row different values (the later file's is kept). */
  readonly conflicts: readonly MergeConflict[];
  /** England or London values replaced by different ones, with the verdicts each flips. */
  readonly benchmarkChanges: readonly (BenchmarkChange & {
    readonly flipped: number;
    readonly compared: number;
  })[];
  readonly files: readonly FileReport[];
  readonly failedFiles: readonly { readonly file: string; readonly error: string }[];
  readonly changes: readonly IndicatorChange[];
  /** The earlier update this one added to, if any. */
  readonly addedTo?: string;
}

/**
 * Every CSV under a folder, in name order. A folder reached twice (a symbolic link looping back)
 * and a ".csv" that is no regular file (a device such as /dev/zero, a pipe) are refused with
 * the path named, before anything is read: walking on would never end, or read forever.
 */
function csvFiles(dir: string, seen = new Set<string>()): string[] {
  const real = realpathSync(dir);
  if (seen.has(real))
    throw new UpdateNotWritten(
      `data:update: ${dir} leads back to ${real}, a folder already read (a symbolic link loops). Nothing was changed.`,
      2,
    );
  seen.add(real);
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      let stats;
      try {
        stats = statSync(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new UpdateNotWritten(
          `data:update: ${path} cannot be read (${code === 'ELOOP' ? 'a symbolic link loops' : code}). Nothing was changed.`,
          2,
        );
      }
      if (stats.isDirectory()) return csvFiles(path, seen);
      if (!name.toLowerCase().endsWith('.csv')) return [];
      if (!stats.isFile())
        throw new UpdateNotWritten(
          `data:update: ${path} is not a regular file (a device, pipe or socket). Nothing was changed.`,
          2,
        );
      return [path];
    });
}

const countBy = (reasons: readonly string[]) =>
  reasons.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r]: (acc[r] ?? 0) + 1 }), {});

/** Runs the data update: bundled data + newly imported files → a self-contained local folder. */
export async function runDataUpdate(options: UpdateOptions): Promise<UpdateReport> {
  const dataDir = join(options.repoRoot, 'data');
  const bundled: Catalogue = parseCatalogue(
    JSON.parse(readFileSync(join(dataDir, 'catalogue.json'), 'utf8')),
  );
  // The bundle holds the raw tier's indicators that have data; the rest (e.g. suicide rates by
  // age, only in the publisher's regional exports) are known by definition.
  const bundledIds = new Set(bundled.indicators.map((i) => i.id));
  const rawDefinitions = [...RAW_BOROUGH_INDICATORS, ...RAW_PROVIDER_INDICATORS]
    .map(toCatalogueEntry)
    .filter((i) => !bundledIds.has(i.id));
  const known = [...bundled.indicators, ...rawDefinitions];
  const boroughCodes = new Set(
    parseAreas(
      readFileSync(join(dataDir, bundled.reference.areas), 'utf8'),
      bundled.reference.areas,
    )
      .filter((a) => a.kind === 'borough')
      .map((a) => a.code as string),
  );
  const context = { indicators: known, boroughCodes, today: options.today };

  const imports: FileImport[] = [];
  const organisationLists: Organisation[][] = [];
  const failedFiles: { file: string; error: string }[] = [];
  const importText = (text: string, name: string, metadata?: ElsMetadataSet) => {
    try {
      const imported = importPublishedFile(text, name, { ...context, metadata });
      imports.push(imported);
      organisationLists.push([...imported.organisations]);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      failedFiles.push({ file: name, error: error.message });
    }
  };

  if (options.source) {
    for (const path of csvFiles(options.source)) {
      const name = relative(options.source, path);
      // ONS Explore Local Statistics publishes <dataset>.json beside <dataset>.csv.
      const jsonPath = path.replace(/\.csv$/i, '.json');
      let metadata: ElsMetadataSet | undefined;
      try {
        if (existsSync(jsonPath))
          metadata = parseElsMetadata(
            readFileSync(jsonPath, 'utf8'),
            relative(options.source, jsonPath),
          );
      } catch (error) {
        if (!(error instanceof FileError)) throw error;
        failedFiles.push({ file: relative(options.source, jsonPath), error: error.message });
      }
      const decoded = decodeText(readFileSync(path), name);
      if (decoded.note) options.log(`  note: ${decoded.note}`);
      importText(decoded.text, name, metadata);
    }
  } else {
    const download =
      options.fetchFile ??
      (async (url: string) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      });
    const at = (url: string) => (options.publishersAt ? rehost(url, options.publishersAt) : url);
    // One download per address: the four wellbeing measures share one ONS dataset.
    const urls = [...new Set(known.flatMap((i) => i.source.downloadUrl ?? []))];
    for (const url of urls) {
      try {
        const text = await download(at(url));
        // ONS Explore Local Statistics publishes <dataset>.json beside <dataset>.csv.
        let metadata: ElsMetadataSet | undefined;
        if (url.endsWith('.csv'))
          metadata = await download(at(url.replace(/\.csv$/, '.json')))
            .then((json) => parseElsMetadata(json, url.replace(/\.csv$/, '.json')))
            .catch(() => undefined);
        importText(text, url, metadata);
      } catch (error) {
        failedFiles.push({
          file: url,
          error: `could not download: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
    const byHand = known.filter((i) => !i.source.downloadUrl);
    if (byHand.length > 0)
      options.log(
        `${byHand.length} indicator(s) have no stable download address; refresh them by hand from the publisher's page (source.url in the catalogue): ${byHand.map((i) => i.id).join(', ')}`,
      );
  }

  if (options.source && imports.length === 0 && failedFiles.length === 0)
    throw new UpdateNotWritten(
      `data:update: no CSV files in ${options.source}. Nothing was changed.`,
      2,
    );
  if (options.source && failedFiles.length > 0 && !options.keepGoing) {
    for (const f of failedFiles) options.log(`  FAILED ${f.file}: ${f.error}`);
    throw new UpdateNotWritten(
      `data:update: ${failedFiles.length} file(s) could not be read (listed above). Nothing was changed: fix or remove them, or run with --keep-going to skip them.`,
      1,
    );
  }

  // A later update adds to what an earlier one loaded (unless --replace): the bundle, overlaid
  // by the indicators already in data/local.
  const previous = options.replace ? undefined : readPreviousUpdate(options.out, options.log);
  const fromDir = (dir: string, indicator: Indicator) =>
    readIndicatorFile(readFileSync(join(dir, indicator.file), 'utf8'), indicator).points;
  const existing = [
    ...bundled.indicators
      .filter((i) => !previous?.indicators.some((p) => p.id === i.id))
      .map((indicator) => ({ indicator, points: fromDir(dataDir, indicator) })),
    ...(previous?.indicators ?? []).map((indicator) => ({
      indicator,
      points: fromDir(options.out, indicator),
    })),
  ];
  const merged = mergeImports(existing, imports);
  // What a reader of the Atlas is told: never a folder on someone's machine. The log and the
  // report, read by whoever ran the update, name the folder by its last few names.
  const folder = options.source
    ? `files in ${resolve(options.source).split(sep).filter(Boolean).slice(-3).join('/')}`
    : undefined;
  const sourceLabel = folder
    ? "local copies of the publishers' files"
    : "the publishers' downloads";

  // Everything is written to a new folder that replaces data/local only once complete, so an
  // interrupted or failed run leaves the previous data exactly as it was.
  const target = options.out;
  const out = `${target}.writing-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'indicators'), { recursive: true });
  cpSync(join(dataDir, 'reference'), join(out, 'reference'), { recursive: true });
  // The register: the bundle's, then an earlier update's, then this run's files.
  const organisationsPath = 'reference/organisations.csv';
  const readRegister = (dir: string, path: string | undefined) =>
    path && existsSync(join(dir, path))
      ? parseOrganisations(readFileSync(join(dir, path), 'utf8'), path)
      : [];
  const organisations = mergeOrganisations(
    readRegister(dataDir, bundled.reference.organisations),
    readRegister(options.out, previous?.reference.organisations),
    ...organisationLists,
  );
  writeFileSync(join(out, organisationsPath), organisationsToCsv(organisations));
  const withData = merged.indicators
    .filter((i) => (merged.points.get(i.id)?.length ?? 0) > 0)
    .map((i) => {
      const coverage = summariseCoverage(merged.points.get(i.id) ?? []);
      return coverage ? { ...i, coverage } : i;
    });
  for (const indicator of withData)
    writeFileSync(
      join(out, indicator.file),
      pointsToShippedCsv(merged.points.get(indicator.id) ?? [], indicator),
    );
  const catalogue: Catalogue = {
    schemaVersion: 1,
    dataVersion: `update-${options.today}`,
    label: `Updated from ${sourceLabel}`,
    updatedFrom: sourceLabel,
    extractDate: options.today,
    indicators: withData,
    reference: { ...bundled.reference, organisations: organisationsPath },
    ...(failedFiles.length > 0 && { failedFiles: failedFiles.map((f) => f.file) }),
    ...(bundled.parityPairs && { parityPairs: bundled.parityPairs }),
  };
  writeFileSync(join(out, 'catalogue.json'), JSON.stringify(catalogue, null, 2) + '\n');

  const files = imports.map((f): FileReport => ({
    file: f.file,
    rowsRead: f.rowsRead,
    rowsKept: f.points.length,
    skipped: f.skipped,
    skippedFirst: f.skippedFirst,
    rejected: countBy(f.rejects.map((r) => r.reason)),
    firstRejects: f.rejects
      .slice(0, 3)
      .map((r) => `row ${r.row}${r.column ? `, ${r.column}` : ''}: ${r.reason}`),
    indicators: f.indicators.map((i) => i.id),
  }));
  const benchmarkChanges = merged.benchmarkChanges.map((change) => {
    const indicator = merged.indicators.find((i) => i.id === change.id);
    const flips = indicator
      ? benchmarkFlips(
          indicator,
          merged.points.get(change.id) ?? [],
          change,
          change.before,
          change.after,
        )
      : { flipped: 0, compared: 0 };
    return { ...change, ...flips };
  });
  const report: UpdateReport = {
    source: folder ?? sourceLabel,
    conflicts: merged.conflicts,
    benchmarkChanges,
    files,
    failedFiles,
    changes: merged.changes.filter((c) => c.status !== 'unchanged'),
    ...(previous && { addedTo: previous.label }),
  };
  writeFileSync(join(out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  const old = `${target}.previous-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(out, target);
  rmSync(old, { recursive: true, force: true });

  options.log(
    `Data update from ${folder ?? sourceLabel}: ${files.length} file(s) read, ${failedFiles.length} failed.`,
  );
  for (const f of files) {
    const rejected = Object.values(f.rejected).reduce((a, b) => a + b, 0);
    const skipped = Object.values(f.skipped).reduce((a, b) => a + b, 0);
    options.log(
      `  ${f.file}: ${f.rowsRead} rows, ${f.rowsKept} kept, ${skipped} left out, ${rejected} rejected → ${f.indicators.join(', ') || 'no indicator'}`,
    );
    for (const line of f.firstRejects) options.log(`      rejected ${line}`);
  }
  for (const f of failedFiles) options.log(`  FAILED ${f.file}: ${f.error}`);
  for (const c of report.conflicts)
    options.log(
      `  CONFLICT ${c.id} ${c.code} ${c.period} ${c.sex}: ${c.replaced.file} gives ${c.replaced.value ?? 'no value'}, ${c.kept.file} gives ${c.kept.value ?? 'no value'}; the later file's value is kept`,
    );
  for (const b of report.benchmarkChanges)
    options.log(
      `  BENCHMARK ${b.id} ${b.code === 'E92000001' ? 'England' : 'London'} ${b.period} ${b.sex}: ${b.before ?? 'no value'} → ${b.after ?? 'no value'} (from ${b.file}); ${b.flipped} of ${b.compared} borough verdicts change`,
    );
  for (const c of report.changes)
    options.log(
      `  ${c.status.padEnd(8)} ${c.id}: ${c.pointsAdded} rows added, ${c.pointsReplaced} replaced, ${c.points} in all`,
    );
  options.log(`Wrote ${withData.length} indicators to ${relative(options.repoRoot, options.out)}/`);
  return report;
}

/** The catalogue of an earlier update in `out`, or undefined (with a note) when there is none usable. */
function readPreviousUpdate(out: string, log: (line: string) => void): Catalogue | undefined {
  const path = join(out, 'catalogue.json');
  if (!existsSync(path)) return undefined;
  try {
    const previous = parseCatalogue(JSON.parse(readFileSync(path, 'utf8')), path);
    for (const indicator of previous.indicators) readFileSync(join(out, indicator.file));
    log(
      `Adding to the earlier update in ${out} (${previous.label}); use --replace to start afresh.`,
    );
    return previous;
  } catch (error) {
    log(
      `The earlier update in ${out} could not be read (${error instanceof Error ? error.message : String(error)}); starting from the bundle.`,
    );
    return undefined;
  }
}

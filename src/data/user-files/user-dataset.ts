import {
  asIndicatorId,
  describeReject,
  type DataPoint,
  type Indicator,
  type IndicatorId,
  type Organisation,
} from '../../domain';
import type { FileImport } from '../import/import-published-file';
import { slug } from '../import/new-indicator';
import { summariseCoverage } from '../summarise-coverage';

interface LoadReport {
  readonly rowsRead: number;
  readonly rowsKept: number;
  readonly rowsRejected: number;
  /** The first few rejects, each naming file, row, column and reason. */
  readonly firstRejects: readonly string[];
  readonly skipped: Readonly<Record<string, number>>;
  /** Where each reason first applied (absent in files saved before it was recorded). */
  readonly skippedFirst?: Readonly<Record<string, string>>;
  readonly unknownColumns: readonly string[];
  readonly notes: readonly string[];
}

/**
 * A file the user loaded: kept in this browser only, never mixed into the published data. The
 * points are stored per indicator beside it, and read only when that indicator is shown.
 */
export interface UserDataset {
  readonly id: string;
  readonly fileName: string;
  readonly loadedAt: string;
  readonly indicators: readonly Indicator[];
  readonly report: LoadReport;
  /** SHA-256 of the file's text: loading the same file twice is detected by it. */
  readonly contentHash?: string;
  /** Storage format version, checked on read (absent in files saved before versions). */
  readonly storageVersion?: 1;
  /** Organisations a provider-measure file names, so its funnel can label them. */
  readonly organisations?: readonly Organisation[];
}

export interface UserDatasetWithPoints {
  readonly dataset: UserDataset;
  readonly pointsByIndicator: ReadonlyMap<IndicatorId, readonly DataPoint[]>;
}

const MAX_REJECTS_SHOWN = 5;

/**
 * Turns an imported file into a user dataset. Its indicators get their own ids and a
 * "(your file)" name, so a user's copy of a published indicator sits beside the published one
 * instead of silently replacing it.
 */
const folded = (text: string) =>
  text
    .replace(/ \(your file\)$/, '')
    .trim()
    .toLowerCase();

/**
 * The indicator the Atlas already has that an imported one repeats: the catalogue entry the
 * importer matched it to (same Fingertips id, measure or name), or one with the same name and unit.
 */
function findSame(
  indicator: Indicator,
  isNew: boolean,
  known: readonly Indicator[],
): IndicatorId | undefined {
  if (!isNew) return indicator.id;
  return known.find(
    (k) =>
      !k.mergeInto &&
      folded(k.name) === folded(indicator.name) &&
      folded(k.unit) === folded(indicator.unit),
  )?.id;
}

/** Eight random hex digits (crypto: in the page and in the import worker alike). */
const randomSuffix = () =>
  [...crypto.getRandomValues(new Uint8Array(4))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

export function toUserDataset(
  imported: FileImport,
  fileName: string,
  loadedAt: string,
  existingIds: ReadonlySet<string>,
  known: readonly Indicator[] = [],
  contentHash?: string,
): UserDatasetWithPoints {
  // A unique id, never the file name alone: two files of the same name loaded at once (button
  // and drop zone) must not overwrite each other in storage.
  const base = `user-${slug(fileName.replace(/\.[^.]+$/, ''))
    .slice(0, 24)
    .replace(/-+$/, '')}`;
  let id = `${base}-${randomSuffix()}`;
  while (existingIds.has(id)) id = `${base}-${randomSuffix()}`;
  const renamed = new Map<IndicatorId, IndicatorId>(
    imported.indicators.map((i) => [i.id, asIndicatorId(`${id}-${i.id}`)]),
  );
  const date = loadedAt.slice(0, 10);
  const newIds = new Set(imported.newIndicatorIds);
  const indicators = imported.indicators.map((i): Indicator => ({
    ...i,
    ...(findSame(i, newIds.has(i.id), known) && { sameAs: findSame(i, newIds.has(i.id), known) }),
    id: renamed.get(i.id)!,
    name: `${i.name} (your file)`,
    shortName: `${i.shortName} (your file)`,
    source: { ...i.source, extractedFrom: fileName, extractDate: date },
    caveats: [
      `Loaded from your file ${fileName} on ${date}; kept in this browser only, not part of the published data.`,
      ...i.caveats,
    ],
    file: `user:${id}`,
  }));
  const pointsByIndicator = new Map<IndicatorId, DataPoint[]>();
  for (const p of imported.points) {
    const renamedId = renamed.get(p.indicatorId)!;
    let list = pointsByIndicator.get(renamedId);
    if (!list) pointsByIndicator.set(renamedId, (list = []));
    list.push({ ...p, indicatorId: renamedId });
  }
  const withCoverage = indicators.map((i) => {
    const coverage = summariseCoverage(pointsByIndicator.get(i.id) ?? []);
    return coverage ? { ...i, coverage } : i;
  });
  return {
    dataset: {
      id,
      storageVersion: 1,
      fileName,
      loadedAt,
      indicators: withCoverage,
      ...(contentHash && { contentHash }),
      report: {
        rowsRead: imported.rowsRead,
        rowsKept: imported.points.length,
        rowsRejected: imported.rejects.length,
        firstRejects: imported.rejects.slice(0, MAX_REJECTS_SHOWN).map(describeReject),
        skipped: imported.skipped,
        skippedFirst: imported.skippedFirst,
        unknownColumns: imported.unknownColumns,
        notes: imported.notes,
      },
    },
    pointsByIndicator,
  };
}

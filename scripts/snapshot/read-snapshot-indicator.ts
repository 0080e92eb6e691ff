import {
  combinedAreaOf,
  ENGLAND,
  LONDON,
  type DataPoint,
  type Indicator,
  type IndicatorRelease,
  type RowReject,
} from '../../src/domain';
import { readPublishedCsv } from '../../src/data/read-published-csv';
import type { SnapshotIndicator } from '../catalogue/define';
import { mergeOlderRelease } from './merge-older-release';

export interface SnapshotRead {
  readonly points: readonly DataPoint[];
  readonly rejects: readonly RowReject[];
  /** Set when older releases were merged in: which period came from which release. */
  readonly releases?: readonly IndicatorRelease[];
  /** One line per release: rows kept and periods superseded. */
  readonly log: readonly string[];
}

/** London's boroughs, London, England, and combined areas that include a London borough. */
const inLondonScope = (boroughs: ReadonlySet<string>) => (p: DataPoint) =>
  boroughs.has(p.code) ||
  p.code === LONDON ||
  p.code === ENGLAND ||
  (combinedAreaOf(p.code)?.parts.some((part) => boroughs.has(part)) ?? false);

/**
 * Reads one indicator's snapshot file(s). Where older releases of the same measure exist, the
 * newest release is read first and an older release contributes the periods the newer ones do
 * not have at all, and benchmark rows only on the terms of `mergeOlderRelease`.
 */
export function readSnapshotIndicator(
  def: SnapshotIndicator,
  read: (path: string) => string,
  boroughs: ReadonlySet<string>,
): SnapshotRead {
  const keep = def.level === 'borough' ? inLondonScope(boroughs) : undefined;
  const readRelease = (
    file: string,
    {
      namePrefix,
      fingertipsIdInFile,
    }: Pick<SnapshotIndicator, 'namePrefix' | 'fingertipsIdInFile'>,
  ) =>
    readPublishedCsv(read(file), {
      file,
      indicatorFor: (cell) =>
        (!namePrefix || cell('indicatorName').startsWith(namePrefix)) &&
        (fingertipsIdInFile === undefined || cell('indicatorId') === String(fingertipsIdInFile))
          ? def.id
          : null,
      keep,
    });

  const newest = readRelease(def.snapshotFile, def);
  const points = [...newest.points];
  const rejects = [...newest.rejects];
  const log = [`${newest.points.length} rows from ${def.snapshotFile}`];
  if (!def.olderReleases?.length && !def.releaseLabel) return { points, rejects, log };

  const periodsOf = (ps: readonly DataPoint[]) => [...new Set(ps.map((p) => p.period.label))];
  const releases: IndicatorRelease[] = [
    {
      label: def.releaseLabel ?? def.source.publisher,
      extractedFrom: def.source.extractedFrom,
      periods: periodsOf(newest.points),
    },
  ];
  for (const older of def.olderReleases ?? []) {
    const result = readRelease(older.snapshotFile, older);
    rejects.push(...result.rejects);
    const merge = mergeOlderRelease(points, result.points, older.label);
    points.push(...merge.added, ...merge.lent);
    releases.push({
      label: older.label,
      extractedFrom: older.extractedFrom,
      periods: periodsOf(merge.added),
    });
    log.push(
      `${merge.added.length} rows from ${older.snapshotFile} (older release; ${merge.superseded} period(s) superseded)`,
      ...merge.lentSummary.map(
        (l) => `${l.code} ${l.period} lent by the older release (agrees on ${l.sharedAreas} areas)`,
      ),
      ...merge.disagreements,
    );
  }
  return { points, rejects, releases, log };
}

/** The catalogue entry with its releases, when it has more than one. */
export const withReleases = (
  indicator: Indicator,
  releases: readonly IndicatorRelease[] | undefined,
): Indicator => (releases ? { ...indicator, releases } : indicator);

import {
  ENGLAND,
  LONDON,
  periodSpanKey,
  releasesForPeriod,
  type DataPoint,
  type Indicator,
  type IndicatorId,
  type IndicatorRelease,
  type RowReject,
} from '../../domain';
import type { FileImport } from './import-published-file';

/**
 * Same area, period span and sex: a later file's row replaces an earlier one. Periods compare
 * by span, so "2013 - 15" and ONS's "2013-01-01/P3Y" are the same period. Age is left out:
 * within one indicator it describes the indicator, and publishers differ in whether they
 * state it ("At birth" in one file, blank in another).
 */
const pointKey = (p: DataPoint) => [p.code, periodSpanKey(p.period), p.sex].join('\u0001');

export interface IndicatorChange {
  readonly id: IndicatorId;
  readonly status: 'added' | 'updated' | 'unchanged';
  readonly pointsAdded: number;
  readonly pointsReplaced: number;
  readonly points: number;
}

/** Two files of one update giving one area, span and sex different values: the later is kept. */
export interface MergeConflict {
  readonly id: IndicatorId;
  readonly code: string;
  readonly period: string;
  readonly sex: string;
  readonly kept: { readonly file: string; readonly value: number | null };
  readonly replaced: { readonly file: string; readonly value: number | null };
}

/** An England or London value replaced by a different one: every verdict against it may change. */
export interface BenchmarkChange {
  readonly id: IndicatorId;
  readonly code: string;
  readonly period: string;
  readonly sex: string;
  readonly before: number | null;
  readonly after: number | null;
  /** Where the replacing value came from. */
  readonly file: string;
}

export interface MergeResult {
  readonly indicators: readonly Indicator[];
  readonly points: ReadonlyMap<IndicatorId, readonly DataPoint[]>;
  readonly changes: readonly IndicatorChange[];
  readonly rejects: readonly RowReject[];
  readonly conflicts: readonly MergeConflict[];
  readonly benchmarkChanges: readonly BenchmarkChange[];
}

const BENCHMARK_CODES: readonly string[] = [ENGLAND, LONDON];

type Origin = Omit<IndicatorRelease, 'periods'>;

/** Where an existing point came from: its catalogued release, else the indicator's source. */
const originOf = (indicator: Indicator, point: DataPoint): Origin => {
  const release = releasesForPeriod(indicator, point.period.label)[0];
  return release
    ? { label: release.label, extractedFrom: release.extractedFrom }
    : { label: indicator.source.publisher, extractedFrom: indicator.source.extractedFrom };
};

/**
 * The releases behind each period after a merge, when more than one release supplies the
 * series; a period whose areas came from two files is listed under both.
 */
function releasesOf(
  points: Iterable<DataPoint>,
  origins: ReadonlyMap<string, Origin>,
): IndicatorRelease[] | undefined {
  const byLabel = new Map<string, { origin: Origin; periods: Set<string> }>();
  for (const point of points) {
    const origin = origins.get(pointKey(point));
    if (!origin) continue;
    const entry = byLabel.get(origin.label) ?? { origin, periods: new Set<string>() };
    entry.periods.add(point.period.label);
    byLabel.set(origin.label, entry);
  }
  if (byLabel.size < 2) return undefined;
  return [...byLabel.values()].map(({ origin, periods }) => ({ ...origin, periods: [...periods] }));
}

/**
 * One label for each dated span ("2022 - 24" and "2022-24" are one period): the label the data
 * had before the update, else the first seen, so a view never offers the same years twice.
 */
function oneLabelPerSpan(
  list: readonly DataPoint[],
  before: ReadonlyMap<string, DataPoint['period']> | undefined,
): DataPoint[] {
  const chosen = new Map(before ?? []);
  return list.map((p) => {
    if (!p.period.start) return p;
    const span = periodSpanKey(p.period);
    const label = chosen.get(span) ?? p.period;
    chosen.set(span, label);
    return label.label === p.period.label ? p : { ...p, period: label };
  });
}

/**
 * Merges imported files into existing data, indicator by indicator. Rows for the same area,
 * period and sex replace the earlier value (newer releases win); every other row is
 * kept, so a partial update never loses data already there.
 */
export function mergeImports(
  existing: readonly { readonly indicator: Indicator; readonly points: readonly DataPoint[] }[],
  imports: readonly FileImport[],
): MergeResult {
  const indicators = new Map<IndicatorId, Indicator>(
    existing.map((e) => [e.indicator.id, e.indicator]),
  );
  const points = new Map<IndicatorId, Map<string, DataPoint>>(
    existing.map((e) => [e.indicator.id, new Map(e.points.map((p) => [pointKey(p), p]))]),
  );
  const counts = new Map<IndicatorId, { added: number; replaced: number; isNew: boolean }>();
  const origins = new Map<IndicatorId, Map<string, Origin>>(
    existing.map((e) => [
      e.indicator.id,
      new Map(e.points.map((p) => [pointKey(p), originOf(e.indicator, p)])),
    ]),
  );

  // The label each dated span had before this update: kept, so one span is never offered twice.
  const labelsBefore = new Map(
    existing.map((e) => [
      e.indicator.id,
      new Map(
        e.points.filter((p) => p.period.start).map((p) => [periodSpanKey(p.period), p.period]),
      ),
    ]),
  );
  const conflicts: MergeConflict[] = [];
  const benchmarkChanges: BenchmarkChange[] = [];
  const fromThisUpdate = new Set(imports.map((f) => f.file));
  for (const file of imports) {
    const fileOrigin: Origin = { label: `Published file ${file.file}`, extractedFrom: file.file };
    for (const indicator of file.indicators) {
      if (!indicators.has(indicator.id)) {
        indicators.set(indicator.id, indicator);
        counts.set(indicator.id, { added: 0, replaced: 0, isNew: true });
      }
    }
    for (const point of file.points) {
      const byKey = points.get(point.indicatorId) ?? new Map<string, DataPoint>();
      points.set(point.indicatorId, byKey);
      const count = counts.get(point.indicatorId) ?? { added: 0, replaced: 0, isNew: false };
      counts.set(point.indicatorId, count);
      const key = pointKey(point);
      const earlier = byKey.get(key);
      const originByKey = origins.get(point.indicatorId) ?? new Map<string, Origin>();
      if (earlier) {
        count.replaced++;
        const earlierOrigin = originByKey.get(key);
        if (earlier.value !== point.value) {
          const at = {
            id: point.indicatorId,
            code: point.code,
            period: point.period.label,
            sex: point.sex,
          };
          if (earlierOrigin && fromThisUpdate.has(earlierOrigin.extractedFrom))
            conflicts.push({
              ...at,
              kept: { file: file.file, value: point.value },
              replaced: { file: earlierOrigin.extractedFrom, value: earlier.value },
            });
          if (BENCHMARK_CODES.includes(point.code))
            benchmarkChanges.push({
              ...at,
              before: earlier.value,
              after: point.value,
              file: file.file,
            });
        }
      } else count.added++;
      byKey.set(key, point);
      origins.set(point.indicatorId, originByKey);
      originByKey.set(key, fileOrigin);
    }
  }

  const changes = [...indicators.keys()].map((id): IndicatorChange => {
    const c = counts.get(id);
    const total = points.get(id)?.size ?? 0;
    const status = c?.isNew ? 'added' : c && c.added + c.replaced > 0 ? 'updated' : 'unchanged';
    return {
      id,
      status,
      pointsAdded: c?.added ?? 0,
      pointsReplaced: c?.replaced ?? 0,
      points: total,
    };
  });
  const withReleases = [...indicators.values()].map((indicator): Indicator => {
    if (!counts.has(indicator.id)) return indicator;
    const { releases: _old, ...rest } = indicator;
    const releases = releasesOf(
      points.get(indicator.id)?.values() ?? [],
      origins.get(indicator.id) ?? new Map(),
    );
    return releases ? { ...rest, releases } : rest;
  });
  return {
    indicators: withReleases,
    points: new Map(
      [...points].map(([id, byKey]) => [
        id,
        oneLabelPerSpan([...byKey.values()], labelsBefore.get(id)),
      ]),
    ),
    changes,
    rejects: imports.flatMap((f) => f.rejects),
    conflicts,
    benchmarkChanges,
  };
}

import {
  ENGLAND,
  LONDON,
  periodSpanKey,
  releasesForPeriod,
  type DataPoint,
  type Indicator,
  type IndicatorId,
  type IndicatorRelease,
  type Period,
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
  const merge = new Merge(existing, new Set(imports.map((f) => f.file)));
  for (const file of imports) merge.add(file);
  return { ...merge.result(), rejects: imports.flatMap((f) => f.rejects) };
}

interface PointCounts {
  added: number;
  replaced: number;
  readonly isNew: boolean;
}

/** The merge in progress: each indicator's points by key, where each came from, what changed. */
class Merge {
  private readonly indicators: Map<IndicatorId, Indicator>;
  private readonly points: Map<IndicatorId, Map<string, DataPoint>>;
  private readonly origins: Map<IndicatorId, Map<string, Origin>>;
  /** The label each dated span had before this update: kept, so one span is never offered twice. */
  private readonly labelsBefore: Map<IndicatorId, Map<string, Period>>;
  private readonly counts = new Map<IndicatorId, PointCounts>();
  private readonly conflicts: MergeConflict[] = [];
  private readonly benchmarkChanges: BenchmarkChange[] = [];

  constructor(
    existing: readonly { readonly indicator: Indicator; readonly points: readonly DataPoint[] }[],
    private readonly fromThisUpdate: ReadonlySet<string>,
  ) {
    this.indicators = new Map(existing.map((e) => [e.indicator.id, e.indicator]));
    this.points = new Map(
      existing.map((e) => [e.indicator.id, new Map(e.points.map((p) => [pointKey(p), p]))]),
    );
    this.origins = new Map(
      existing.map((e) => [
        e.indicator.id,
        new Map(e.points.map((p) => [pointKey(p), originOf(e.indicator, p)])),
      ]),
    );
    this.labelsBefore = new Map(
      existing.map((e) => [
        e.indicator.id,
        new Map(
          e.points.filter((p) => p.period.start).map((p) => [periodSpanKey(p.period), p.period]),
        ),
      ]),
    );
  }

  add(file: FileImport): void {
    const origin: Origin = { label: `Published file ${file.file}`, extractedFrom: file.file };
    for (const indicator of file.indicators) {
      if (this.indicators.has(indicator.id)) continue;
      this.indicators.set(indicator.id, indicator);
      this.counts.set(indicator.id, { added: 0, replaced: 0, isNew: true });
    }
    for (const point of file.points) this.addPoint(point, file.file, origin);
  }

  private addPoint(point: DataPoint, file: string, origin: Origin): void {
    const id = point.indicatorId;
    const byKey = getOrSet(this.points, id, () => new Map<string, DataPoint>());
    const originByKey = getOrSet(this.origins, id, () => new Map<string, Origin>());
    const count = getOrSet(this.counts, id, () => ({ added: 0, replaced: 0, isNew: false }));
    const key = pointKey(point);
    const earlier = byKey.get(key);
    if (!earlier) count.added++;
    else {
      count.replaced++;
      if (earlier.value !== point.value)
        this.noteChange(point, earlier, originByKey.get(key), file);
    }
    byKey.set(key, point);
    originByKey.set(key, origin);
  }

  /** A value replaced by a different one: a conflict within this update, or a benchmark moved. */
  private noteChange(point: DataPoint, earlier: DataPoint, from: Origin | undefined, file: string) {
    const at = {
      id: point.indicatorId,
      code: point.code,
      period: point.period.label,
      sex: point.sex,
    };
    if (from && this.fromThisUpdate.has(from.extractedFrom))
      this.conflicts.push({
        ...at,
        kept: { file, value: point.value },
        replaced: { file: from.extractedFrom, value: earlier.value },
      });
    if (BENCHMARK_CODES.includes(point.code))
      this.benchmarkChanges.push({ ...at, before: earlier.value, after: point.value, file });
  }

  result(): Omit<MergeResult, 'rejects'> {
    const changes = [...this.indicators.keys()].map((id): IndicatorChange => {
      const c = this.counts.get(id);
      const status = c?.isNew ? 'added' : c && c.added + c.replaced > 0 ? 'updated' : 'unchanged';
      return {
        id,
        status,
        pointsAdded: c?.added ?? 0,
        pointsReplaced: c?.replaced ?? 0,
        points: this.points.get(id)?.size ?? 0,
      };
    });
    const indicators = [...this.indicators.values()].map((indicator): Indicator => {
      if (!this.counts.has(indicator.id)) return indicator;
      const { releases: _old, ...rest } = indicator;
      const releases = releasesOf(
        this.points.get(indicator.id)?.values() ?? [],
        this.origins.get(indicator.id) ?? new Map(),
      );
      return releases ? { ...rest, releases } : rest;
    });
    const points = new Map(
      [...this.points].map(([id, byKey]) => [
        id,
        oneLabelPerSpan([...byKey.values()], this.labelsBefore.get(id)),
      ]),
    );
    return {
      indicators,
      points,
      changes,
      conflicts: this.conflicts,
      benchmarkChanges: this.benchmarkChanges,
    };
  }
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

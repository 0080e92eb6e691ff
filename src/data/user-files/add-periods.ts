import type { DataPoint, Indicator, IndicatorId } from '../../domain';

/** A user's indicator whose periods the user chose to add to a published one. */
export interface MergedEntry {
  readonly datasetId: string;
  readonly fileName: string;
  readonly indicatorId: IndicatorId;
  readonly into: IndicatorId;
}

export function mergedEntries(
  datasets: readonly {
    readonly id: string;
    readonly fileName: string;
    readonly indicators: readonly Indicator[];
  }[],
): MergedEntry[] {
  return datasets.flatMap((d) =>
    d.indicators.flatMap((i) =>
      i.mergeInto
        ? [{ datasetId: d.id, fileName: d.fileName, indicatorId: i.id, into: i.mergeInto }]
        : [],
    ),
  );
}

/**
 * The published series plus the periods a user's file adds: only periods the published data
 * does not have, so a published figure is never replaced, and each added row says where it is from.
 */
export function addPeriods(
  published: readonly DataPoint[],
  additions: readonly { readonly fileName: string; readonly points: readonly DataPoint[] }[],
  into: IndicatorId,
): readonly DataPoint[] {
  if (additions.length === 0) return published;
  const have = new Set(published.map((p) => p.period.label));
  const added = additions.flatMap(({ fileName, points }) =>
    points
      .filter((p) => !have.has(p.period.label))
      .map((p) => ({
        ...p,
        indicatorId: into,
        note: [p.note, `From your file ${fileName}`].filter(Boolean).join('; '),
      })),
  );
  return added.length > 0 ? [...published, ...added] : published;
}

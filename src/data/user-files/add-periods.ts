import { periodSpanKey, type DataPoint, type Indicator, type IndicatorId } from '../../domain';

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

const spanOf = (p: DataPoint) => periodSpanKey(p.period);

/**
 * The published series plus the periods a user's file adds: only periods the published data
 * does not have, compared by span, not by label, so a published figure is never replaced by a
 * file that writes the same years differently; each added row says where it is from, and a span
 * keeps one label (the first file's) however many files add it.
 */
export function addPeriods(
  published: readonly DataPoint[],
  additions: readonly { readonly fileName: string; readonly points: readonly DataPoint[] }[],
  into: IndicatorId,
): readonly DataPoint[] {
  if (additions.length === 0) return published;
  const have = new Set(published.map(spanOf));
  const labels = new Map<string, DataPoint['period']>();
  const added = additions.flatMap(({ fileName, points }) =>
    points
      .filter((p) => !have.has(spanOf(p)))
      .map((p) => {
        const span = spanOf(p);
        if (!labels.has(span)) labels.set(span, p.period);
        return {
          ...p,
          indicatorId: into,
          period: labels.get(span)!,
          note: [p.note, `From your file ${fileName}`].filter(Boolean).join('; '),
        };
      }),
  );
  return added.length > 0 ? [...published, ...added] : published;
}

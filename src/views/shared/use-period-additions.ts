import { useCallback, useMemo } from 'react';
import type { DataPoint, IndicatorId } from '../../domain';
import { useUserIndicatorsData } from '../../data/use-atlas-data';
import { addPeriods, mergedEntries } from '../../data/user-files/add-periods';
import type { UserDataset } from '../../data/user-files/user-dataset';

/**
 * The periods the user chose to add from their files to published indicators ("Add these
 * periods"), read from this browser's storage: a function giving a published indicator's points
 * with its additions (`addPeriods`: by span, never replacing a published figure). `only` reads
 * the additions to one indicator alone (the Providers view's measure).
 */
export function usePeriodAdditions(
  datasets: readonly UserDataset[],
  only?: IndicatorId,
): {
  readonly withAdditions: (id: IndicatorId, points: readonly DataPoint[]) => readonly DataPoint[];
  readonly isPending: boolean;
} {
  const merged = useMemo(
    () => mergedEntries(datasets).filter((e) => only === undefined || e.into === only),
    [datasets, only],
  );
  const additions = useUserIndicatorsData(merged);
  const withAdditions = useCallback(
    (id: IndicatorId, points: readonly DataPoint[]) =>
      addPeriods(
        points,
        merged.flatMap((e) => {
          const extra = e.into === id ? additions.points.get(e.indicatorId) : undefined;
          return extra ? [{ fileName: e.fileName, points: extra }] : [];
        }),
        id,
      ),
    [merged, additions],
  );
  return { withAdditions, isPending: additions.isPending };
}

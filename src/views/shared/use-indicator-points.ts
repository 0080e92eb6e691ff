import { useMemo } from 'react';
import type { DataPoint, Indicator, RowReject } from '../../domain';
import { useIndicatorData, useUserPoints } from '../../data/use-atlas-data';
import type { UserDataset } from '../../data/user-files/user-dataset';
import { usePeriodAdditions } from './use-period-additions';

export interface IndicatorPoints {
  /** Every row of the indicator: the user's file, or the published rows with the periods the user chose to add. */
  readonly points: readonly DataPoint[] | undefined;
  /** Rows of the published file that could not be read. */
  readonly rejects: readonly RowReject[];
  /** An updated file that could not be read, so the bundled one is shown instead. */
  readonly fallback?: string;
  readonly error: Error | null;
  readonly isPending: boolean;
}

/**
 * One indicator's rows, wherever they come from: a published indicator is fetched (with any
 * periods the user chose to add from their files); a user's own indicator is read from this
 * browser's storage. The one place that joins the two, for every view that shows one indicator.
 */
export function useIndicatorPoints(
  indicator: Indicator | undefined,
  datasets: readonly UserDataset[],
  root: string | undefined,
): IndicatorPoints {
  const own = datasets.find((d) => d.indicators.some((i) => i.id === indicator?.id));
  const published = useIndicatorData(own ? undefined : indicator, root);
  const user = useUserPoints(own?.id, own ? indicator?.id : undefined);
  const { withAdditions } = usePeriodAdditions(datasets, indicator?.id);
  const points = useMemo(
    () =>
      own
        ? user.data
        : published.data && indicator
          ? withAdditions(indicator.id, published.data.points)
          : undefined,
    [own, user.data, published.data, indicator, withAdditions],
  );
  const source = own ? user : published;
  return {
    points,
    rejects: own ? [] : (published.data?.rejects ?? []),
    ...(!own && published.data?.fallback && { fallback: published.data.fallback }),
    error: source.error,
    isPending: source.isPending,
  };
}

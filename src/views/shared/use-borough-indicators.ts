import { useEffect, useMemo } from 'react';
import { isStandaloneBoroughIndicator } from '../../domain';
import { useNoticesStore } from '../../state/notices-store';
import {
  useCatalogue,
  useIndicatorsData,
  useReference,
  useUserIndicatorsData,
} from '../../data/use-atlas-data';
import { useUserDataStore } from '../../state/user-data-store';
import { usePeriodAdditions } from './use-period-additions';

/**
 * Every borough-level indicator's data with the boroughs, published and from the user's own
 * files: what the overview and profile share.
 */
export function useBoroughIndicators() {
  const catalogue = useCatalogue();
  const reference = useReference(catalogue.data);
  const datasets = useUserDataStore((s) => s.datasets);
  const published = useMemo(
    () => catalogue.data?.indicators.filter((i) => i.level === 'borough') ?? [],
    [catalogue.data],
  );
  const userEntries = useMemo(
    () =>
      datasets.flatMap((d) =>
        d.indicators
          .filter(isStandaloneBoroughIndicator)
          .map((indicator) => ({ datasetId: d.id, indicator, indicatorId: indicator.id })),
      ),
    [datasets],
  );
  const publishedData = useIndicatorsData(published, catalogue.data?.root);
  const userData = useUserIndicatorsData(userEntries);
  // Periods from the user's files that they chose to add to published indicators.
  const { withAdditions } = usePeriodAdditions(datasets);
  const indicators = useMemo(
    () => [...published, ...userEntries.map((e) => e.indicator)],
    [published, userEntries],
  );
  const data = useMemo(
    () => ({
      points: new Map([
        ...[...publishedData.points].map(([id, list]) => [id, withAdditions(id, list)] as const),
        ...userData.points,
      ]),
      isPending: publishedData.isPending || userData.isPending,
      errors: [...publishedData.errors, ...userData.errors],
    }),
    [publishedData, userData, withAdditions],
  );
  const addNotices = useNoticesStore((s) => s.add);
  const errorText = data.errors.map((e) => e.message).join('\n');
  const fallbackText = (publishedData.fallbacks ?? []).join('\n');
  useEffect(() => {
    if (fallbackText) addNotices(fallbackText.split('\n'));
  }, [fallbackText, addNotices]);
  useEffect(() => {
    if (errorText)
      addNotices(
        errorText
          .split('\n')
          .map(
            (m) => `${m}. That indicator is left out of the overview, profile and parity views.`,
          ),
      );
  }, [errorText, addNotices]);
  const boroughs = useMemo(
    () => reference.data?.areas.filter((a) => a.kind === 'borough') ?? [],
    [reference.data],
  );
  return {
    catalogue,
    reference,
    indicators,
    boroughs,
    data,
    // One indicator's unreadable file leaves that indicator out (with a notice), not the view.
    error: catalogue.error ?? reference.error ?? null,
    isLoading: catalogue.isPending || reference.isPending || data.isPending,
  };
}

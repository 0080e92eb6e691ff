import { useMemo } from 'react';
import { useCatalogue, useIndicatorsData, useReference } from '../../data/use-atlas-data';

/** Every borough-level indicator's data with the boroughs: what the overview and profile share. */
export function useBoroughIndicators() {
  const catalogue = useCatalogue();
  const reference = useReference(catalogue.data);
  const indicators = useMemo(
    () => catalogue.data?.indicators.filter((i) => i.level === 'borough') ?? [],
    [catalogue.data],
  );
  const data = useIndicatorsData(indicators, catalogue.data?.root);
  const boroughs = useMemo(
    () => reference.data?.areas.filter((a) => a.kind === 'borough') ?? [],
    [reference.data],
  );
  return {
    catalogue,
    indicators,
    boroughs,
    data,
    error: catalogue.error ?? reference.error ?? data.errors[0] ?? null,
    isLoading: catalogue.isPending || reference.isPending || data.isPending,
  };
}

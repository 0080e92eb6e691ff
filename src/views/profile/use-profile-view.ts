import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useCatalogue, useIndicatorsData, useReference } from '../../data/use-atlas-data';
import { selectUrlState, useSelectionStore } from '../../state/selection-store';
import { buildProfileModel } from './build-profile-model';

/** One borough across every indicator, with its peers: joined for the profile view. */
export function useProfileView() {
  const catalogue = useCatalogue();
  const reference = useReference(catalogue.data);
  const selection = useSelectionStore(useShallow(selectUrlState));
  const indicators = useMemo(
    () => catalogue.data?.indicators.filter((i) => i.level === 'borough') ?? [],
    [catalogue.data],
  );
  const data = useIndicatorsData(indicators, catalogue.data?.root);
  const boroughs = useMemo(
    () => reference.data?.areas.filter((a) => a.kind === 'borough') ?? [],
    [reference.data],
  );
  const code =
    selection.profile ?? selection.boroughs[0] ?? boroughs.find((b) => b.name === 'Barnet')?.code;
  const borough = boroughs.find((b) => b.code === code);

  const model = useMemo(
    () =>
      borough && !data.isPending
        ? buildProfileModel({
            borough,
            boroughs,
            indicators,
            points: data.points,
            benchmark: selection.benchmark,
            ci: selection.ci,
          })
        : undefined,
    [borough, boroughs, indicators, data.points, data.isPending, selection.benchmark, selection.ci],
  );
  return {
    boroughs,
    indicators,
    borough,
    model,
    error: catalogue.error ?? reference.error ?? data.errors[0] ?? null,
    isLoading: catalogue.isPending || reference.isPending || data.isPending,
  };
}

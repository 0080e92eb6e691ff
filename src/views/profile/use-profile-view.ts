import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectUrlState, useSelectionStore } from '../../state/selection-store';
import { useBoroughIndicators } from '../shared/use-borough-indicators';
import { buildProfileModel } from './build-profile-model';

/** One borough across every indicator, with its peers: joined for the profile view. */
export function useProfileView() {
  const selection = useSelectionStore(useShallow(selectUrlState));
  const { indicators, boroughs, data, error, isLoading } = useBoroughIndicators();
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
    error,
    isLoading,
  };
}

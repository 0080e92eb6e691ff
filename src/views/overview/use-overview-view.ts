import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useSelectionStore } from '../../state/selection-store';
import type { UrlState } from '../../state/url-state';
import { useBoroughIndicators } from '../shared/use-borough-indicators';
import { useSpecContext } from '../shared/use-spec-context';
import { buildOverviewModel } from './build-overview-model';

/** The URL fields the Overview reads: a change to any other redraws nothing here. */
const selectOverviewState = ({ boroughs, benchmark, ci }: UrlState) => ({
  boroughs,
  benchmark,
  ci,
});

/** Every borough indicator's latest comparison, joined for the tartan rug. */
export function useOverviewView() {
  const selection = useSelectionStore(useShallow(selectOverviewState));
  const { catalogue, indicators, boroughs, data, error, isLoading } = useBoroughIndicators();
  const context = useSpecContext(catalogue.data);
  const { inputs, spec } = useMemo(
    () => buildOverviewModel(indicators, data.points, boroughs, selection, context),
    [indicators, data.points, boroughs, selection, context],
  );
  return { catalogue, selection, boroughs, indicators, inputs, spec, error, isLoading };
}

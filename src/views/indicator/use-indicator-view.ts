import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useCatalogue, useIndicatorData, useReference } from '../../data/use-atlas-data';
import { selectUrlState, useSelectionStore } from '../../state/selection-store';
import { buildIndicatorModel } from './build-indicator-model';

/** Joins the loaded data, the selection and the statistics for the indicator view. */
export function useIndicatorView() {
  const catalogue = useCatalogue();
  const reference = useReference(catalogue.data);
  const selection = useSelectionStore(useShallow(selectUrlState));

  const indicators = useMemo(
    () => catalogue.data?.indicators.filter((i) => i.level === 'borough') ?? [],
    [catalogue.data],
  );
  const requested = indicators.find((i) => i.id === selection.indicator);
  const indicator = requested ?? indicators[0];
  const unknownIndicator =
    selection.indicator && !requested && catalogue.data ? selection.indicator : undefined;

  const data = useIndicatorData(indicator, catalogue.data?.root);
  const boroughs = useMemo(
    () => reference.data?.areas.filter((a) => a.kind === 'borough') ?? [],
    [reference.data],
  );

  const model = useMemo(
    () =>
      indicator && data.data && boroughs.length
        ? buildIndicatorModel({
            indicator,
            points: data.data.points,
            boroughs,
            selected: selection.boroughs,
            benchmark: selection.benchmark,
            ci: selection.ci,
            period: selection.period,
            sex: selection.sex,
          })
        : undefined,
    [
      indicator,
      data.data,
      boroughs,
      selection.boroughs,
      selection.benchmark,
      selection.ci,
      selection.period,
      selection.sex,
    ],
  );

  return {
    catalogue,
    reference,
    data,
    selection,
    indicators,
    indicator,
    boroughs,
    model,
    unknownIndicator,
    error: catalogue.error ?? reference.error ?? data.error,
    isLoading: catalogue.isPending || reference.isPending || data.isPending,
  };
}

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { IndicatorId } from '../../domain';
import { paritySpecs } from '../../charts/specs/parity-chart-specs';
import { buildParityModel } from '../../model/parity';
import { availablePairs } from '../../data/catalogue';
import { selectUrlState, useSelectionStore } from '../../state/selection-store';
import { useBoroughIndicators } from '../shared/use-borough-indicators';
import { useSpecContext } from '../shared/use-spec-context';

const IMD = 'mhclg-imd2019-score';

/** Two borough indicators, mental and physical, joined with deprivation for the parity view. */
export function useParityView() {
  const selection = useSelectionStore(useShallow(selectUrlState));
  const { catalogue, indicators, boroughs, data, error, isLoading } = useBoroughIndicators();
  const pairs = useMemo(
    () => availablePairs(catalogue.data?.parityPairs ?? [], new Set(indicators.map((i) => i.id))),
    [catalogue.data, indicators],
  );
  const byId = (id: string | undefined) =>
    indicators.find((i) => i.id === id || i.formerIds?.includes(id ?? ''));
  const fallback = pairs[0];
  const mental =
    byId(selection.parityMental) ??
    byId(fallback?.mental) ??
    indicators.find((i) => i.domain === 'mental');
  const physical =
    byId(selection.parityPhysical) ??
    byId(fallback?.physical) ??
    indicators.find((i) => i.domain === 'physical');
  const unknown = [selection.parityMental, selection.parityPhysical].filter(
    (id): id is IndicatorId => id !== undefined && !byId(id) && indicators.length > 0 && !isLoading,
  );

  const mentalPoints = mental && data.points.get(mental.id);
  const physicalPoints = physical && data.points.get(physical.id);
  const imdIndicator = byId(IMD);
  const imdPoints = imdIndicator && data.points.get(imdIndicator.id);
  // Parity over time is shown for the first selected borough.
  const borough = boroughs.find((b) => selection.boroughs.includes(b.code));
  const model = useMemo(
    () =>
      mental && physical && mentalPoints && physicalPoints && boroughs.length
        ? buildParityModel({
            mental,
            physical,
            mentalPoints,
            physicalPoints,
            ...(imdIndicator &&
              imdPoints && { imd: { indicator: imdIndicator, points: imdPoints } }),
            boroughs,
            selected: selection.boroughs,
            mentalSex: selection.sex,
            physicalSex: selection.sex,
            ...(borough && { borough }),
          })
        : undefined,
    [
      mental,
      physical,
      mentalPoints,
      physicalPoints,
      imdIndicator,
      imdPoints,
      boroughs,
      selection.boroughs,
      selection.sex,
      borough,
    ],
  );
  // Each chart's spec, built once: the chart, its twin and its exports read it.
  const context = useSpecContext(catalogue.data);
  const specs = useMemo(
    () => (model && mental && physical ? paritySpecs(model, mental, physical, context) : undefined),
    [model, mental, physical, context],
  );
  return {
    indicators,
    boroughs,
    pairs,
    mental,
    physical,
    model,
    specs,
    unknown,
    error,
    isLoading,
  };
}

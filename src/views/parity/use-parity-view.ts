import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { IndicatorId } from '../../domain';
import { dumbbellTableSpec } from '../../charts/dumbbell/dumbbell-table-spec';
import { ratioTrendTableSpec } from '../../charts/ratio-trend/ratio-trend-table-spec';
import { scatterTableSpec } from '../../charts/scatter/scatter-table-spec';
import { buildParityModel } from '../../model/parity';
import { availablePairs } from '../../data/catalogue';
import { selectUrlState, useSelectionStore } from '../../state/selection-store';
import { useBoroughIndicators } from '../shared/use-borough-indicators';

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
  // Each chart's table, built once: its twin and its export read the same spec.
  const tables = useMemo(() => {
    if (!model || !mental || !physical) return undefined;
    const m = mental.shortName;
    const p = physical.shortName;
    return {
      scatter: scatterTableSpec(
        model.scatter,
        `${model.mental.label} against ${model.physical.label}, by borough`,
      ),
      ranks: dumbbellTableSpec(model.ranks, m, p, `Ranks on ${m} and ${p}, by gap`),
      overTime:
        model.overTime &&
        ratioTrendTableSpec(
          model.overTime,
          m,
          p,
          `${model.overTime.borough.name} relative to England over time`,
        ),
      deprivation: model.deprivation.map((d) =>
        scatterTableSpec(d, `${d.side.label} against IMD 2019, by borough`),
      ),
    };
  }, [model, mental, physical]);
  return {
    indicators,
    boroughs,
    pairs,
    mental,
    physical,
    model,
    tables,
    unknown,
    error,
    isLoading,
  };
}

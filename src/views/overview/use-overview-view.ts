import { useSpecContext } from '../shared/use-spec-context';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { buildRugSeries, type RugIndicatorInput } from '../../charts/rug/build-rug-series';
import { overviewChartSpec } from '../../charts/specs/overview-chart-spec';
import { selectUrlState, useSelectionStore } from '../../state/selection-store';
import { useBoroughIndicators } from '../shared/use-borough-indicators';
import { compareAreas, sexesToShow } from '../../model/compare-areas';

/** Every borough indicator's latest comparison, joined for the tartan rug. */
export function useOverviewView() {
  const selection = useSelectionStore(useShallow(selectUrlState));
  const { catalogue, indicators, boroughs, data, error, isLoading } = useBoroughIndicators();

  const inputs = useMemo(
    () =>
      indicators.flatMap((indicator): RugIndicatorInput[] => {
        const points = data.points.get(indicator.id);
        if (!points || boroughs.length === 0) return [];
        // Persons where published; otherwise each sex as its own labelled row, never one silently.
        return sexesToShow(points).map((sex): RugIndicatorInput => {
          const model = compareAreas({
            indicator,
            points,
            units: boroughs,
            selected: selection.boroughs,
            benchmark: selection.benchmark,
            ci: selection.ci,
            sex,
          });
          const reference = (label: string) =>
            model.references.find((r) => r.label === label)?.value;
          return {
            indicator,
            periodLabel: model.period?.label ?? 'period not stated',
            sex: model.sex,
            rows: model.rows,
            benchmarkName: model.benchmarkName,
            method: model.method === 'quintiles' ? 'quintiles' : 'ci',
            london: reference('London'),
            england: reference('England'),
          };
        });
      }),
    [indicators, data.points, boroughs, selection.boroughs, selection.benchmark, selection.ci],
  );
  const series = useMemo(() => buildRugSeries(inputs, boroughs), [inputs, boroughs]);
  const benchmarkName = inputs[0]?.benchmarkName ?? 'England';
  const context = useSpecContext(catalogue.data);
  const spec = useMemo(
    () => overviewChartSpec(inputs, series, benchmarkName, context),
    [inputs, series, benchmarkName, context],
  );

  return {
    catalogue,
    selection,
    boroughs,
    indicators,
    inputs,
    spec,
    error,
    isLoading,
  };
}

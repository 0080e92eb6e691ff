import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isStandaloneBoroughIndicator } from '../../domain';
import {
  useCatalogue,
  useIndicatorData,
  useReference,
  useUserIndicatorsData,
  useUserPoints,
} from '../../data/use-atlas-data';
import { addPeriods, mergedEntries } from '../../data/user-files/add-periods';
import { selectUrlState, useSelectionStore } from '../../state/selection-store';
import { useUserDataStore } from '../../state/user-data-store';
import { buildRankedBarSeries } from '../../charts/ranked-bar/build-ranked-bar-series';
import { buildDistributionSeries } from '../../charts/distribution/build-distribution-series';
import { buildTileMapSeries } from '../../charts/tile-map/build-tile-map-series';
import { buildTrendSeries } from '../../charts/trend/build-trend-series';
import { rankedChartSpec } from '../../charts/specs/ranked-chart-spec';
import {
  distributionChartSpec,
  tileMapChartSpec,
  trendChartSpec,
} from '../../charts/specs/indicator-chart-specs';
import { buildGoodPractice, buildVariationPanel } from './build-good-practice';
import { compareAreas } from '../../model/compare-areas';

/** Joins the loaded data, the selection and the statistics for the indicator view. */
export function useIndicatorView() {
  const catalogue = useCatalogue();
  const reference = useReference(catalogue.data);
  const selection = useSelectionStore(useShallow(selectUrlState));

  const userDatasets = useUserDataStore((s) => s.datasets);
  const userHydrated = useUserDataStore((s) => s.hydrated);
  const indicators = useMemo(
    () =>
      [...(catalogue.data?.indicators ?? []), ...userDatasets.flatMap((d) => d.indicators)].filter(
        isStandaloneBoroughIndicator,
      ),
    [catalogue.data, userDatasets],
  );
  // A shared link may name an indicator by an id it had before its releases were merged.
  const requested =
    indicators.find((i) => i.id === selection.indicator) ??
    indicators.find((i) => selection.indicator && i.formerIds?.includes(selection.indicator));
  const indicator = requested ?? indicators[0];
  // A link to a user's indicator waits for their saved files before calling it unknown.
  const unknownIndicator =
    selection.indicator && !requested && catalogue.data && userHydrated
      ? selection.indicator
      : undefined;
  // A provider, ICB or CCG measure (e.g. from a Providers chart's source link) lives elsewhere.
  const organisationMeasure = unknownIndicator
    ? [...(catalogue.data?.indicators ?? []), ...userDatasets.flatMap((d) => d.indicators)].find(
        (i) => i.id === unknownIndicator && i.level !== 'borough',
      )
    : undefined;

  // A user's indicator has its points in the browser; a published one is fetched.
  const userDataset = userDatasets.find((d) => d.indicators.some((i) => i.id === indicator?.id));
  const published = useIndicatorData(userDataset ? undefined : indicator, catalogue.data?.root);
  const user = useUserPoints(userDataset?.id, userDataset ? indicator?.id : undefined);
  const source = userDataset ? user : published;
  // Periods from the user's files that they chose to add to this published indicator.
  const merged = useMemo(
    () => mergedEntries(userDatasets).filter((e) => e.into === indicator?.id),
    [userDatasets, indicator],
  );
  const additions = useUserIndicatorsData(merged);
  const points = useMemo(
    () =>
      userDataset || !published.data || !indicator
        ? user.data
        : addPeriods(
            published.data.points,
            merged.flatMap((e) => {
              const list = additions.points.get(e.indicatorId);
              return list ? [{ fileName: e.fileName, points: list }] : [];
            }),
            indicator.id,
          ),
    [userDataset, user.data, published.data, indicator, merged, additions.points],
  );
  const rejects = userDataset ? [] : (published.data?.rejects ?? []);
  const boroughs = useMemo(
    () => reference.data?.areas.filter((a) => a.kind === 'borough') ?? [],
    [reference.data],
  );

  const model = useMemo(
    () =>
      indicator && points && boroughs.length
        ? compareAreas({
            rankIntervals: true,
            indicator,
            points,
            units: boroughs,
            selected: selection.boroughs,
            benchmark: selection.benchmark,
            ci: selection.ci,
            period: selection.period,
            sex: selection.sex,
          })
        : undefined,
    [
      indicator,
      points,
      boroughs,
      selection.boroughs,
      selection.benchmark,
      selection.ci,
      selection.period,
      selection.sex,
    ],
  );

  // Chart props are built once per model, so unrelated re-renders leave the chart alone.
  const series = useMemo(
    () =>
      model &&
      indicator &&
      buildRankedBarSeries(model.rows, indicator.polarity, {
        // A bar that does not start at zero misleads: years and mean scores are drawn as dots.
        zeroIsMeaningful: !['years', 'mean-score', 'score'].includes(indicator.valueType),
      }),
    [model, indicator],
  );

  const trend = useMemo(
    () =>
      model && indicator && points && model.periods.length >= 2
        ? buildTrendSeries({
            points,
            sex: model.sex,
            boroughs,
            selected: selection.boroughs,
            polarity: indicator.polarity,
            benchmark: selection.benchmark,
          })
        : undefined,
    [model, indicator, points, boroughs, selection.boroughs, selection.benchmark],
  );
  const distribution = useMemo(
    () =>
      model && points && model.periods.length >= 2
        ? buildDistributionSeries(points, model.sex, selection.benchmark)
        : undefined,
    [model, points, selection.benchmark],
  );
  const tiles = useMemo(
    () =>
      model &&
      indicator &&
      buildTileMapSeries(
        model.rows,
        boroughs,
        model.benchmarkName,
        indicator.unit,
        indicator.polarity,
      ),
    [model, indicator, boroughs],
  );
  const variation = useMemo(() => model && buildVariationPanel(model.rows), [model]);
  const good = useMemo(
    () => model && indicator && buildGoodPractice(indicator, model.rows, model.period),
    [model, indicator],
  );

  // Shaded from the best-quartile value to the best end of the axis.
  const bestQuartile = useMemo(() => {
    if (good?.kind !== 'judged' || !series) return undefined;
    const end = good.direction === 'or lower' ? series.domain[0] : series.domain[1];
    return { from: Math.min(good.threshold, end), to: Math.max(good.threshold, end) };
  }, [good, series]);

  // Every chart's spec, once per model: the chart, its table, its CSV and its images read it.
  const dataVersion = catalogue.data?.dataVersion ?? 'unknown';
  const dataLabel = catalogue.data?.label ?? '';
  const rankedSpec = useMemo(
    () =>
      model &&
      indicator &&
      series &&
      rankedChartSpec(indicator, model, series, { dataVersion, dataLabel, bestQuartile }),
    [model, indicator, series, dataVersion, dataLabel, bestQuartile],
  );
  const trendSpec = useMemo(
    () =>
      model &&
      indicator &&
      trend &&
      trendChartSpec(indicator, model, trend, { dataVersion, dataLabel }),
    [model, indicator, trend, dataVersion, dataLabel],
  );
  const distributionSpec = useMemo(
    () =>
      model &&
      indicator &&
      distribution &&
      distribution.length >= 2 &&
      distributionChartSpec(indicator, model, distribution, { dataVersion, dataLabel }),
    [model, indicator, distribution, dataVersion, dataLabel],
  );
  const tileSpec = useMemo(
    () =>
      model &&
      indicator &&
      tiles &&
      rankedSpec &&
      tileMapChartSpec(indicator, model, tiles, rankedSpec.table, { dataVersion, dataLabel }),
    [model, indicator, tiles, rankedSpec, dataVersion, dataLabel],
  );

  return {
    bestQuartile,
    distribution,
    trend,
    tiles,
    variation,
    good,
    series,
    rankedSpec,
    trendSpec,
    distributionSpec,
    tileSpec,
    points,
    catalogue,
    reference,
    rejects,
    selection,
    indicators,
    indicator,
    boroughs,
    model,
    unknownIndicator: organisationMeasure ? undefined : unknownIndicator,
    organisationMeasure,
    allIndicators: catalogue.data?.indicators ?? [],
    // Without the catalogue or the reference tables nothing can be shown; a bad indicator file
    // affects only that indicator: the picker and "Load data" stay usable.
    error: catalogue.error ?? reference.error,
    indicatorError: source.error,
    fallback: userDataset ? undefined : published.data?.fallback,
    isLoading: catalogue.isPending || reference.isPending || source.isPending,
  };
}

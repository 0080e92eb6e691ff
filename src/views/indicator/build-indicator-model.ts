import type { Area, BenchmarkKey, CiLevel, DataPoint, Indicator, Sex } from '../../domain';
import { buildDistributionSeries } from '../../charts/distribution/build-distribution-series';
import { buildRankedBarSeries } from '../../charts/ranked-bar/build-ranked-bar-series';
import {
  distributionChartSpec,
  tileMapChartSpec,
  trendChartSpec,
} from '../../charts/specs/indicator-chart-specs';
import { rankedChartSpec } from '../../charts/specs/ranked-chart-spec';
import type { SpecContext } from '../../charts/specs/spec-parts';
import { buildTileMapSeries } from '../../charts/tile-map/build-tile-map-series';
import { buildTrendSeries } from '../../charts/trend/build-trend-series';
import { compareAreas, type AreasComparison } from '../../model/compare-areas';
import { buildGoodPractice, buildVariationPanel } from './build-good-practice';

export interface IndicatorSelection {
  readonly boroughs: readonly string[];
  readonly benchmark: BenchmarkKey;
  readonly ci: CiLevel;
  readonly period?: string;
  readonly sex?: Sex;
}

/** A bar that does not start at zero misleads: years and mean scores are drawn as dots. */
const ZERO_IS_NOT_MEANINGFUL = ['years', 'mean-score', 'score'];

/**
 * The comparison of one indicator's boroughs, with nothing selected: the costly part (the rank
 * intervals are a bootstrap), so the view computes it once per indicator, period, sex,
 * benchmark and level, and a borough picked only marks its rows (`withSelected`).
 */
export function compareIndicator(
  indicator: Indicator,
  points: readonly DataPoint[],
  boroughs: readonly Area[],
  selection: Omit<IndicatorSelection, 'boroughs'>,
  /** False for the first frame after a switch: the table and CSV get them just after. */
  rankIntervals = true,
): AreasComparison {
  return compareAreas({
    rankIntervals,
    indicator,
    points,
    units: boroughs,
    selected: [],
    benchmark: selection.benchmark,
    ci: selection.ci,
    period: selection.period,
    sex: selection.sex,
  });
}

/** The comparison with the chosen boroughs' rows marked selected. */
function withSelected(compared: AreasComparison, chosen: readonly string[]): AreasComparison {
  const set = new Set(chosen);
  return { ...compared, rows: compared.rows.map((r) => ({ ...r, selected: set.has(r.code) })) };
}

/**
 * Everything the Indicator view shows of one indicator, from its rows and the selection: the
 * comparison, its ranked chart, the trend, the spread by period and the map as specs, and the
 * variation and "what good looks like" panels. Pure: the view hook only fetches and memoises.
 */
export function buildIndicatorModel(
  indicator: Indicator,
  points: readonly DataPoint[],
  boroughs: readonly Area[],
  selection: IndicatorSelection,
  context: SpecContext,
  compared = compareIndicator(indicator, points, boroughs, selection),
  /** `first`: the ranked chart and panels only, for the first frame after a switch. */
  parts: 'all' | 'first' = 'all',
) {
  const model = withSelected(compared, selection.boroughs);
  const series = buildRankedBarSeries(model.rows, indicator.polarity, {
    zeroIsMeaningful: !ZERO_IS_NOT_MEANINGFUL.includes(indicator.valueType),
  });
  const variation = buildVariationPanel(model.rows);
  const good = buildGoodPractice(indicator, model.rows, model.period);
  // Shaded from the best-quartile value to the best end of the axis.
  const end =
    good.kind === 'judged' && good.direction === 'or lower' ? series.domain[0] : series.domain[1];
  const bestQuartile =
    good.kind === 'judged'
      ? { from: Math.min(good.threshold, end), to: Math.max(good.threshold, end) }
      : undefined;
  const rankedSpec = rankedChartSpec(indicator, model, series, { ...context, bestQuartile });
  if (parts === 'first')
    return {
      model,
      variation,
      good,
      rankedSpec,
      trendSpec: undefined,
      distributionSpec: undefined,
      tileSpec: undefined,
    };
  const overTime = model.periods.length >= 2;
  const trend =
    overTime &&
    buildTrendSeries({
      points,
      sex: model.sex,
      boroughs,
      selected: selection.boroughs,
      polarity: indicator.polarity,
      benchmark: selection.benchmark,
    });
  const distribution = overTime && buildDistributionSeries(points, model.sex, selection.benchmark);
  const tiles = buildTileMapSeries(
    model.rows,
    boroughs,
    model.benchmarkName,
    indicator.unit,
    indicator.polarity,
  );
  return {
    model,
    variation,
    good,
    rankedSpec,
    trendSpec: trend ? trendChartSpec(indicator, model, trend, context) : undefined,
    distributionSpec:
      distribution && distribution.length >= 2
        ? distributionChartSpec(indicator, model, distribution, context)
        : undefined,
    tileSpec: tileMapChartSpec(indicator, model, tiles, rankedSpec.table, context),
  };
}

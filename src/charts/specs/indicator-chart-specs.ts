import type { AreaComparison, Indicator, TableSpec } from '../../domain';
import type { AreasComparison } from '../../model/compare-areas';
import type { PeriodDistribution } from '../distribution/build-distribution-series';
import { distributionTableSpec } from '../distribution/distribution-table-spec';
import { comparisonLegend } from '../shared/outcome-legend-groups';
import type { TileMapSeries } from '../tile-map/build-tile-map-series';
import { MAX_TREND_BOROUGHS, type TrendSeries } from '../trend/build-trend-series';
import { trendCsvSpec, trendTableSpec, type TrendTableRow } from '../trend/trend-table-spec';
import type { KindSpec } from './chart-kinds';
import {
  periodRange,
  sourceLine,
  stampOf,
  trendLegend,
  withIndicator,
  type SpecContext,
} from './spec-parts';

const sexWords = (model: AreasComparison) =>
  model.sexes.length > 1 || model.sex !== 'Persons' ? model.sex : undefined;

/** "Is it changing?": selected boroughs over time with London and England. */
export function trendChartSpec(
  indicator: Indicator,
  model: AreasComparison,
  series: TrendSeries,
  context: SpecContext,
): KindSpec<'trend', TrendTableRow> {
  const periods = series.data.map((d) => String(d.period));
  return {
    kind: 'trend',
    title: `Is it changing? ${indicator.shortName} over time`,
    subtitle: [
      periodRange(periods),
      sexWords(model),
      `selected boroughs (up to ${MAX_TREND_BOROUGHS}) with London and England`,
      'shaded bands are 95% confidence intervals where published',
    ]
      .filter(Boolean)
      .join(' · '),
    description: `Line chart of ${indicator.shortName} over time; the table gives every value.`,
    source: sourceLine([indicator], context),
    stamp: stampOf(periods, [indicator], context),
    legend: trendLegend(series),
    marks: { series, unit: indicator.unit },
    table: trendTableSpec(series, `${indicator.shortName} over time`),
    csv: withIndicator(
      trendCsvSpec(series, `${indicator.shortName} over time`),
      indicator,
      model.sex,
    ),
    fileParts: [indicator.shortName, periodRange(periods), 'over-time'],
  };
}

/** "Is variation narrowing?": London's spread in each period against the benchmark. */
export function distributionChartSpec(
  indicator: Indicator,
  model: AreasComparison,
  periods: readonly PeriodDistribution[],
  context: SpecContext,
): KindSpec<'distribution'> {
  const labels = periods.map((p) => p.period);
  return {
    kind: 'distribution',
    title: `Is variation narrowing? ${indicator.shortName} across London by period`,
    subtitle: [
      periodRange(labels),
      sexWords(model),
      `boxes: the middle half of London's boroughs; whiskers: lowest and highest; line: median; diamond: ${model.benchmarkName}`,
    ]
      .filter(Boolean)
      .join(' · '),
    description: `Box plots of ${indicator.shortName} across London's boroughs, one per period; the table gives every figure.`,
    source: sourceLine([indicator], context),
    stamp: stampOf(labels, [indicator], context),
    legend: [],
    marks: { periods, benchmarkName: model.benchmarkName, unit: indicator.unit },
    table: distributionTableSpec(
      periods,
      `${indicator.shortName}: London boroughs' spread by period`,
      model.benchmarkName,
    ),
    fileParts: [indicator.shortName, periodRange(labels), 'spread-by-period'],
  };
}

/** "Where in London?": the tile map, with the ranked table by name as its twin. */
export function tileMapChartSpec(
  indicator: Indicator,
  model: AreasComparison,
  tiles: TileMapSeries,
  /** The ranked chart's table: the map's twin lists the same rows by name. */
  rankedTable: TableSpec<AreaComparison>,
  context: SpecContext,
): KindSpec<'tile-map', AreaComparison> {
  const period = model.period?.label;
  return {
    kind: 'tile-map',
    title: `Where in London? ${indicator.shortName}`,
    subtitle: [period, sexWords(model), 'each square is a borough, roughly in its place']
      .filter(Boolean)
      .join(' · '),
    description: `Map of London's boroughs as squares, coloured by ${indicator.shortName}, ${period ?? ''}; the table gives every value.`,
    source: sourceLine([indicator], context),
    stamp: stampOf([period], [indicator], context),
    legend: comparisonLegend(indicator, model, []),
    marks: { series: tiles },
    table: {
      ...rankedTable,
      caption: `${indicator.shortName} by borough`,
      rows: [...model.rows].sort((a, b) => a.name.localeCompare(b.name)),
    },
    fileParts: [indicator.shortName, period, 'map'],
  };
}

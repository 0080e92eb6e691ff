import type { Area, CiLevel, DataPoint, Indicator, Provider } from '../../domain';
import { buildRankedBarSeries } from '../../charts/ranked-bar/build-ranked-bar-series';
import {
  funnelChartSpec,
  providerRankedChartSpec,
  providerTrendChartSpec,
  serviceAreaChartSpec,
} from '../../charts/specs/providers-chart-specs';
import type { SpecContext } from '../../charts/specs/spec-parts';
import {
  buildServiceAreaTiles,
  trustInitials,
} from '../../charts/tile-map/build-service-area-tiles';
import { buildProviderTrendSeries } from '../../charts/trend/build-provider-trend-series';
import { compareAreas } from '../../model/compare-areas';
import { londonReference } from '../../model/london-reference';
import type { FunnelOrganisation } from '../../model/provider-funnel';
import { buildProviderFunnel, periodsNewestFirst } from '../../model/provider-funnel';
import { lineage, providerTrendRows } from '../../model/provider-trend';
import type { Dispersion } from '../../state/url-state';
import { serviceAreaTable } from './service-area-table';

const MAX_LABEL = 42;
const shortLabel = (label: string) =>
  label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;

/** The period shown: the one asked for where the measure has it, else the latest, saying so. */
export function choosePeriod(
  measure: Indicator | undefined,
  points: readonly DataPoint[],
  asked: string | undefined,
) {
  const periods = periodsNewestFirst(points);
  const period = periods.find((p) => p.label === asked) ?? periods[0];
  const notice =
    asked && period && period.label !== asked
      ? `${measure?.shortName ?? 'This measure'} has no period "${asked}"; showing the latest, ${period.label}.`
      : undefined;
  return { periods, period, notice };
}

/**
 * The organisations to emphasise: each chosen one with its predecessors. A merged trust stands
 * for its predecessors in periods before the merger: each is drawn as its own line, never joined.
 */
export function emphasis(chosen: readonly string[], providers: readonly Provider[]) {
  const lineages = chosen.map((code) => lineage(code, providers));
  return { lineages, emphasised: [...new Set(lineages.flat())] };
}

export interface ProvidersInput {
  readonly measure: Indicator;
  /** The measure's rows, every period. */
  readonly points: readonly DataPoint[];
  readonly period: DataPoint['period'];
  readonly organisations: ReadonlyMap<string, FunnelOrganisation>;
  readonly names: ReadonlyMap<string, string>;
  readonly chosen: readonly string[];
  readonly lineages: readonly (readonly string[])[];
  readonly emphasised: readonly string[];
  readonly dispersion: Dispersion;
  readonly ci: CiLevel;
}

/**
 * The Providers view's charts of one measure and period: the funnel of every organisation in
 * England, London's organisations ranked with England and London, and the first chosen
 * organisation's trend with each period's verdict, as specs. Pure.
 */
export function buildProvidersCharts(input: ProvidersInput, context: SpecContext) {
  return { ...providerFunnelChart(input, context), ...providerRankedCharts(input, context) };
}

/** The funnel of every organisation in England in the period, and its spec: the first chart. */
export function providerFunnelChart(input: ProvidersInput, context: SpecContext) {
  const { measure, points, period, organisations } = input;
  const funnel = buildProviderFunnel({
    indicator: measure,
    points: points.filter((p) => p.period.label === period.label),
    period,
    organisations,
    selected: input.emphasised,
    dispersion: input.dispersion,
  });
  return {
    funnel,
    funnelSpec: funnel.kind === 'funnel' ? funnelChartSpec(measure, funnel, context) : undefined,
  };
}

/**
 * The first chosen organisation with rows for the measure, its own or its predecessors': the
 * one the trend and the service-area map follow.
 */
export function chosenWithRows(input: ProvidersInput) {
  const codes = new Set(input.points.map((p) => p.code as string));
  const index = input.lineages.findIndex((lineageCodes) => lineageCodes.some((c) => codes.has(c)));
  return {
    codes,
    chosen: index >= 0 ? input.chosen[index] : undefined,
    trendCodes: index >= 0 ? (input.lineages[index] ?? []) : [],
  };
}

/** London's organisations ranked with England and London, and the chosen one's trend. */
export function providerRankedCharts(input: ProvidersInput, context: SpecContext) {
  const { measure, points, period, organisations, names } = input;
  const inPeriod = points.filter((p) => p.period.label === period.label);
  const { codes, chosen, trendCodes } = chosenWithRows(input);
  // London's organisations with any row for this measure, ranked by the comparison engine.
  const londonUnits = [...organisations]
    .filter(([code, o]) => o.london && codes.has(code))
    .map(([code, o]) => ({ code, name: o.name }));
  const ranked =
    londonUnits.length > 0
      ? compareAreas({
          indicator: measure,
          points,
          units: londonUnits,
          selected: input.emphasised,
          benchmark: 'england',
          ci: input.ci,
          period: period.label,
        })
      : undefined;
  const london = londonReference(measure, inPeriod, londonUnits);
  const series =
    ranked &&
    buildRankedBarSeries(ranked.rows, measure.polarity, {
      zeroIsMeaningful: measure.valueType !== 'median',
    });
  const trendRows = trendCodes.length ? providerTrendRows(measure, points, trendCodes) : [];
  const trend =
    trendCodes.length && periodsNewestFirst(points).length >= 2
      ? buildProviderTrendSeries({
          indicator: measure,
          points,
          lines: trendCodes.map((code, i) => ({
            code,
            name: `${names.get(code) ?? code}${i > 0 ? ' (predecessor)' : ''}`,
          })),
        })
      : undefined;
  const chosenName = chosen ? (names.get(chosen) ?? chosen) : undefined;
  return {
    chosen,
    rankedSpec:
      ranked && series
        ? providerRankedChartSpec(
            measure,
            ranked,
            // One line per name on the axis; the table twin has each in full.
            { ...series, data: series.data.map((d) => ({ ...d, label: shortLabel(d.label) })) },
            london,
            context,
          )
        : undefined,
    trendSpec:
      trend && trendRows.length && chosenName
        ? providerTrendChartSpec(measure, trend, trendRows, names, chosenName, context)
        : undefined,
  };
}

/** "Which boroughs does each trust serve?": the tile map, its table and its key of initials. */
export function buildServiceArea(
  boroughs: readonly Area[],
  providers: readonly Provider[],
  names: ReadonlyMap<string, string>,
  chosen: string | undefined,
  context: SpecContext,
) {
  const tiles = buildServiceAreaTiles(boroughs, providers, names, chosen);
  const table = serviceAreaTable(
    providers,
    names,
    new Map(boroughs.map((a) => [a.code as string, a.name])),
  );
  // The initials on the tiles, spelled out: the map never relies on abbreviations alone.
  const open = providers.filter((p) => p.status === 'active' && p.boroughsServed.length > 0);
  const legend = {
    heading: 'Initials on the map',
    entries: open.map((p) => ({
      label: `${trustInitials(p.name)}: ${names.get(p.code) ?? p.name}`,
      shape: 'none' as const,
    })),
  };
  return serviceAreaChartSpec(tiles, table, legend, context);
}

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ENGLAND, type Indicator } from '../../domain';
import {
  useCatalogue,
  useIndicatorData,
  useReference,
  useRegister,
  useUserPoints,
} from '../../data/use-atlas-data';
import { buildProviderTrendSeries } from '../../charts/trend/build-provider-trend-series';
import { buildRankedBarSeries } from '../../charts/ranked-bar/build-ranked-bar-series';
import {
  buildServiceAreaTiles,
  trustInitials,
} from '../../charts/tile-map/build-service-area-tiles';
import {
  funnelChartSpec,
  providerRankedChartSpec,
  providerTrendChartSpec,
  serviceAreaChartSpec,
} from '../../charts/specs/providers-chart-specs';
import { compareAreas } from '../../model/compare-areas';
import { usePeriodAdditions } from '../shared/use-period-additions';
import { groupMeasures, isOrganisationLevel } from '../../model/measure-topics';
import { organisationsForLevel } from '../../model/organisation-names';
import { buildProviderFunnel, periodsNewestFirst } from '../../model/provider-funnel';
import { lineage, providerTrendRows } from '../../model/provider-trend';
import { londonReference } from '../../model/london-reference';
import { selectUrlState, useSelectionStore } from '../../state/selection-store';
import { useUserDataStore } from '../../state/user-data-store';
import { mergeOrganisations } from '../../data/organisations';
import { serviceAreaTable } from './service-area-table';

const MAX_LABEL = 42;
const shortLabel = (label: string) =>
  label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;

/** Talking Therapies recovery is the question users arrive with; else the first measure. */
const DEFAULT_MEASURES = ['nhstt-annual-recovery', 'mhsds-mrs01b-provider'];

/** Joins the provider measures, the organisation register and the selection for the Providers view. */
export function useProvidersView() {
  const catalogue = useCatalogue();
  const reference = useReference(catalogue.data);
  const register = useRegister(catalogue.data);
  const selection = useSelectionStore(useShallow(selectUrlState));
  const userDatasets = useUserDataStore((s) => s.datasets);
  const userHydrated = useUserDataStore((s) => s.hydrated);

  const userIds = useMemo(
    () => new Set<string>(userDatasets.flatMap((d) => d.indicators.map((i) => i.id))),
    [userDatasets],
  );
  const measures = useMemo(
    () =>
      [...(catalogue.data?.indicators ?? []), ...userDatasets.flatMap((d) => d.indicators)].filter(
        (i) => isOrganisationLevel(i.level) && !i.mergeInto,
      ),
    [catalogue.data, userDatasets],
  );
  const groups = useMemo(
    () => groupMeasures(measures, (i: Indicator) => userIds.has(i.id)),
    [measures, userIds],
  );
  const byId = (id: string | undefined) =>
    id ? measures.find((i) => i.id === id || i.formerIds?.includes(id)) : undefined;
  const requested = byId(selection.providerMeasure);
  const measure =
    requested ?? DEFAULT_MEASURES.map((id) => byId(id)).find(Boolean) ?? groups[0]?.measures[0];
  const unknownMeasure =
    selection.providerMeasure && !requested && catalogue.data && userHydrated
      ? selection.providerMeasure
      : undefined;

  const userDataset = userDatasets.find((d) => d.indicators.some((i) => i.id === measure?.id));
  const published = useIndicatorData(userDataset ? undefined : measure, catalogue.data?.root);
  const user = useUserPoints(userDataset?.id, userDataset ? measure?.id : undefined);
  const source = userDataset ? user : published;
  // Periods from the user's files that they chose to add to this published measure: the measure
  // keeps its place in the picker and shows them, as borough indicators do.
  const { withAdditions } = usePeriodAdditions(userDatasets, measure?.id);
  const publishedPoints = useMemo(
    () =>
      published.data && measure ? withAdditions(measure.id, published.data.points) : undefined,
    [published.data, measure, withAdditions],
  );
  // Nothing is drawn from a measure's rows before the register is read: it names the
  // organisations, says which are London's and which trusts merged into which. Without it the
  // funnel would show codes, no London emphasis and a merged trust as absent, then change.
  const points = useMemo(
    () =>
      reference.data && register.data
        ? (userDataset ? user.data : publishedPoints)?.filter((p) => p.sex === 'Persons')
        : undefined,
    [reference.data, register.data, userDataset, user.data, publishedPoints],
  );

  // Named once per level, not per measure: switching between provider measures reuses it.
  const level = measure?.level;
  const organisations = useMemo(
    () =>
      level && reference.data && register.data
        ? organisationsForLevel(level, {
            // The user's files name their organisations too; published names come last and win.
            register: mergeOrganisations(
              ...userDatasets.map((d) => d.organisations ?? []),
              register.data.organisations,
            ),
            providers: reference.data.providers,
            icbs: reference.data.icbs,
            boroughs: reference.data.areas.filter((a) => a.kind === 'borough'),
          })
        : new Map(),
    [level, reference.data, register.data, userDatasets],
  );
  const names = useMemo(
    () => new Map([...organisations].map(([code, o]) => [code, o.name])),
    [organisations],
  );

  const periods = useMemo(() => periodsNewestFirst(points ?? []), [points]);
  const period =
    periods.find((p) => p.label === selection.providerPeriod) ?? periods[0] ?? undefined;
  const periodNotice =
    selection.providerPeriod && period && period.label !== selection.providerPeriod
      ? `${measure?.shortName ?? 'This measure'} has no period "${selection.providerPeriod}"; showing the latest, ${period.label}.`
      : undefined;
  const inPeriod = useMemo(
    () => (points ?? []).filter((p) => p.period.label === period?.label),
    [points, period],
  );

  // A merged trust stands for its predecessors in periods before the merger: each is
  // emphasised and drawn as its own line, never joined to the successor.
  const lineages = useMemo(
    () =>
      selection.providers.map((code) =>
        reference.data ? lineage(code, reference.data.providers) : [code],
      ),
    [selection.providers, reference.data],
  );
  const emphasised = useMemo(() => [...new Set(lineages.flat())], [lineages]);
  const funnel = useMemo(
    () =>
      measure && period && inPeriod.length
        ? buildProviderFunnel({
            indicator: measure,
            points: inPeriod,
            period,
            organisations,
            selected: emphasised,
            dispersion: selection.dispersion,
          })
        : undefined,
    [measure, period, inPeriod, organisations, emphasised, selection.dispersion],
  );

  // London's organisations with any row for this measure, ranked by the comparison engine.
  const londonUnits = useMemo(() => {
    const codes = new Set((points ?? []).map((p) => p.code as string));
    return [...organisations]
      .filter(([code, o]) => o.london && codes.has(code))
      .map(([code, o]) => ({ code, name: o.name }));
  }, [points, organisations]);
  const ranked = useMemo(
    () =>
      measure && points && londonUnits.length && period
        ? compareAreas({
            indicator: measure,
            points,
            units: londonUnits,
            selected: emphasised,
            benchmark: 'england',
            ci: selection.ci,
            period: period.label,
          })
        : undefined,
    [measure, points, londonUnits, period, emphasised, selection.ci],
  );
  const london = useMemo(
    () => (measure ? londonReference(measure, inPeriod, londonUnits) : undefined),
    [measure, inPeriod, londonUnits],
  );
  const rankedSeries = useMemo(() => {
    if (!ranked || !measure) return undefined;
    const series = buildRankedBarSeries(ranked.rows, measure.polarity, {
      zeroIsMeaningful: !['median'].includes(measure.valueType),
    });
    // One line per name on the axis; the table twin has each in full.
    return { ...series, data: series.data.map((d) => ({ ...d, label: shortLabel(d.label) })) };
  }, [ranked, measure]);

  // The trend follows the first emphasised organisation with rows (its own or predecessors').
  const has = (code: string) => (points ?? []).some((p) => p.code === code);
  const chosenIndex = lineages.findIndex((codes) => codes.some(has));
  const chosen = chosenIndex >= 0 ? selection.providers[chosenIndex] : undefined;
  const trendCodes = useMemo(
    () => (chosenIndex >= 0 ? (lineages[chosenIndex] ?? []) : []),
    [chosenIndex, lineages],
  );
  const trendRows = useMemo(
    () =>
      measure && points && trendCodes.length ? providerTrendRows(measure, points, trendCodes) : [],
    [measure, points, trendCodes],
  );
  const trend = useMemo(
    () =>
      measure && points && trendCodes.length && periods.length >= 2
        ? buildProviderTrendSeries({
            indicator: measure,
            points,
            lines: trendCodes.map((code, i) => ({
              code,
              name: `${names.get(code) ?? code}${i > 0 ? ' (predecessor)' : ''}`,
            })),
          })
        : undefined,
    [measure, points, trendCodes, periods.length, names],
  );

  const chosenName = chosen ? (names.get(chosen) ?? chosen) : undefined;
  const dataVersion = catalogue.data?.dataVersion ?? 'unknown';
  const dataLabel = catalogue.data?.label ?? '';
  // Every chart's spec: the chart, its table, its CSV and its images read it.
  const specs = useMemo(() => {
    if (!measure) return undefined;
    const ctx = { dataVersion, dataLabel };
    return {
      funnel: funnel?.kind === 'funnel' ? funnelChartSpec(measure, funnel, ctx) : undefined,
      ranked:
        ranked && rankedSeries
          ? providerRankedChartSpec(measure, ranked, rankedSeries, london, ctx)
          : undefined,
      trend:
        trend && trendRows.length && chosenName
          ? providerTrendChartSpec(measure, trend, trendRows, names, chosenName, ctx)
          : undefined,
    };
  }, [
    measure,
    funnel,
    ranked,
    rankedSeries,
    london,
    trend,
    trendRows,
    names,
    chosenName,
    dataVersion,
    dataLabel,
  ]);

  const trustsTable = useMemo(
    () =>
      reference.data &&
      serviceAreaTable(
        reference.data.providers,
        names,
        new Map(reference.data.areas.map((a) => [a.code as string, a.name])),
      ),
    [reference.data, names],
  );
  const serviceTiles = useMemo(
    () =>
      reference.data
        ? buildServiceAreaTiles(
            reference.data.areas.filter((a) => a.kind === 'borough'),
            reference.data.providers,
            names,
            chosen ?? selection.providers[0],
          )
        : undefined,
    [reference.data, names, chosen, selection.providers],
  );
  const serviceSpec = useMemo(() => {
    if (!serviceTiles || !trustsTable || !reference.data) return undefined;
    // The initials on the tiles, spelled out: the map never relies on abbreviations alone.
    const open = reference.data.providers.filter(
      (p) => p.status === 'active' && p.boroughsServed.length > 0,
    );
    const legend = {
      heading: 'Initials on the map',
      entries: open.map((p) => ({
        label: `${trustInitials(p.name)}: ${names.get(p.code) ?? p.name}`,
        shape: 'none' as const,
      })),
    };
    return serviceAreaChartSpec(serviceTiles, trustsTable, legend, { dataVersion, dataLabel });
  }, [serviceTiles, trustsTable, reference.data, names, dataVersion, dataLabel]);

  return {
    catalogue,
    reference,
    measures,
    groups,
    userIds,
    measure,
    unknownMeasure,
    points,
    periods,
    period,
    periodNotice,
    organisations,
    names,
    funnel,
    ranked,
    rankedSeries,
    london,
    chosen,
    absentChoice:
      points && !chosen && selection.providers.length > 0 ? selection.providers[0] : undefined,
    trend,
    trendRows,
    specs,
    serviceSpec,
    chosenName,
    hasEngland: inPeriod.some((p) => p.code === ENGLAND),
    error: catalogue.error ?? reference.error,
    // A measure's unreadable file affects that measure only: the picker stays usable.
    measureError: source.error,
    isLoading: catalogue.isPending || reference.isPending || register.isPending || source.isPending,
  };
}

import { useDeferredValue, useMemo } from 'react';
import type { DataPoint, Indicator } from '../../domain';
import type { SpecContext } from '../../charts/specs/spec-parts';
import type { Reference } from '../../data/reference';
import type { FunnelOrganisation } from '../../model/provider-funnel';
import { useShallow } from 'zustand/react/shallow';
import { useCatalogue, useReference, useRegister } from '../../data/use-atlas-data';
import { useSelectionStore } from '../../state/selection-store';
import type { UrlState } from '../../state/url-state';
import { useUserDataStore } from '../../state/user-data-store';
import { useIndicatorPoints } from '../shared/use-indicator-points';
import {
  buildServiceArea,
  choosePeriod,
  chosenWithRows,
  emphasis,
  providerFunnelChart,
  providerRankedCharts,
  type ProvidersInput,
} from './build-providers-model';
import { useProviderMeasures } from './use-provider-measures';
import { useProviderOrganisations } from './use-provider-organisations';
import { useSpecContext } from '../shared/use-spec-context';

/** Joins the provider measures, the organisation register and the selection for the Providers view. */
export function useProvidersView() {
  const catalogue = useCatalogue();
  const reference = useReference(catalogue.data);
  const register = useRegister(catalogue.data);
  const selection = useSelectionStore(useShallow(selectProvidersState));
  const userDatasets = useUserDataStore((s) => s.datasets);
  const userHydrated = useUserDataStore((s) => s.hydrated);
  const { userIds, measures, groups, measure, unknownMeasure } = useProviderMeasures(
    catalogue.data,
    userDatasets,
    userHydrated,
    selection.providerMeasure,
  );

  const source = useIndicatorPoints(measure, userDatasets, catalogue.data?.root);
  // Nothing is drawn from a measure's rows before the register is read: it names the
  // organisations, says which are London's and which trusts merged into which. Without it the
  // funnel would show codes, no London emphasis and a merged trust as absent, then change.
  const points = useMemo(
    () =>
      reference.data && register.data
        ? source.points?.filter((p) => p.sex === 'Persons')
        : undefined,
    [reference.data, register.data, source.points],
  );

  const { organisations, names } = useProviderOrganisations(
    measure?.level,
    reference.data,
    register.data,
    userDatasets,
  );

  const { periods, period, notice, funnel, later, chosen, serviceSpec } = useProvidersCharts(
    measure,
    points,
    organisations,
    names,
    selection,
    reference.data,
    useSpecContext(catalogue.data),
  );

  return {
    reference,
    measures,
    groups,
    userIds,
    measure,
    unknownMeasure,
    points,
    periods,
    period,
    periodNotice: notice,
    organisations,
    names,
    funnel: funnel?.funnel,
    absentChoice:
      points && !chosen && selection.providers.length > 0 ? selection.providers[0] : undefined,
    funnelSpec: funnel?.funnelSpec,
    /** The charts below the funnel, of the settled choice (the previous one just after a switch). */
    later,
    serviceSpec,
    error: catalogue.error ?? reference.error,
    // A measure's unreadable file affects that measure only: the picker stays usable.
    measureError: source.error,
    isLoading: catalogue.isPending || reference.isPending || register.isPending || source.isPending,
  };
}

/** The URL fields this view reads: a change to any other (a borough, say) redraws nothing here. */
function selectProvidersState(s: UrlState) {
  const { providerMeasure, providerPeriod, providers, dispersion, ci } = s;
  return { providerMeasure, providerPeriod, providers, dispersion, ci };
}

/** The period, emphasis and every chart spec of the Providers view, each rebuilt only when its inputs change. */
function useProvidersCharts(
  measure: Indicator | undefined,
  points: readonly DataPoint[] | undefined,
  organisations: ReadonlyMap<string, FunnelOrganisation>,
  names: ReadonlyMap<string, string>,
  selection: ReturnType<typeof selectProvidersState>,
  reference: Reference | undefined,
  stamp: SpecContext,
) {
  const { periods, period, notice } = useMemo(
    () => choosePeriod(measure, points ?? [], selection.providerPeriod),
    [measure, points, selection.providerPeriod],
  );
  const { lineages, emphasised } = useMemo(
    () => emphasis(selection.providers, reference?.providers ?? []),
    [selection.providers, reference],
  );
  const input = useMemo(
    (): ProvidersInput | undefined =>
      measure && points && period
        ? {
            measure,
            points,
            period,
            organisations,
            names,
            chosen: selection.providers,
            lineages,
            emphasised,
            dispersion: selection.dispersion,
            ci: selection.ci,
          }
        : undefined,
    [measure, points, period, organisations, names, selection, lineages, emphasised],
  );
  // The funnel (the first chart) answers a switch in its own frame; the ranked chart and the
  // trend below it are built and drawn just after, in a deferred render.
  const funnel = useMemo(() => input && providerFunnelChart(input, stamp), [input, stamp]);
  const chosen = useMemo(() => input && chosenWithRows(input).chosen, [input]);
  const settled = useDeferredValue(input);
  const ranked = useMemo(() => settled && providerRankedCharts(settled, stamp), [settled, stamp]);
  const serviceSpec = useMemo(
    () =>
      reference &&
      buildServiceArea(
        reference.areas.filter((a) => a.kind === 'borough'),
        reference.providers,
        names,
        chosen ?? selection.providers[0],
        stamp,
      ),
    [reference, names, chosen, selection.providers, stamp],
  );
  const later = {
    rankedSpec: ranked?.rankedSpec,
    trendSpec: ranked?.trendSpec,
    measureId: settled?.measure.id,
    pending: settled !== input,
  };

  return { periods, period, notice, funnel, later, chosen, serviceSpec };
}

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Indicator } from '../../domain';
import { useCatalogue, useReference, useRegister } from '../../data/use-atlas-data';
import { mergeOrganisations } from '../../data/organisations';
import { groupMeasures, isOrganisationLevel } from '../../model/measure-topics';
import { organisationsForLevel } from '../../model/organisation-names';
import { selectUrlState, useSelectionStore } from '../../state/selection-store';
import { useUserDataStore } from '../../state/user-data-store';
import { useIndicatorPoints } from '../shared/use-indicator-points';
import {
  buildProvidersCharts,
  buildServiceArea,
  choosePeriod,
  emphasis,
} from './build-providers-model';

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

  const { periods, period, notice } = useMemo(
    () => choosePeriod(measure, points ?? [], selection.providerPeriod),
    [measure, points, selection.providerPeriod],
  );
  const { lineages, emphasised } = useMemo(
    () => emphasis(selection.providers, reference.data?.providers ?? []),
    [selection.providers, reference.data],
  );
  const dataVersion = catalogue.data?.dataVersion ?? 'unknown';
  const dataLabel = catalogue.data?.label ?? '';
  const charts = useMemo(
    () =>
      measure && points && period
        ? buildProvidersCharts(
            {
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
            },
            { dataVersion, dataLabel },
          )
        : undefined,
    [
      measure,
      points,
      period,
      organisations,
      names,
      selection.providers,
      lineages,
      emphasised,
      selection.dispersion,
      selection.ci,
      dataVersion,
      dataLabel,
    ],
  );
  const chosen = charts?.chosen;
  const serviceSpec = useMemo(
    () =>
      reference.data &&
      buildServiceArea(
        reference.data.areas.filter((a) => a.kind === 'borough'),
        reference.data.providers,
        names,
        chosen ?? selection.providers[0],
        { dataVersion, dataLabel },
      ),
    [reference.data, names, chosen, selection.providers, dataVersion, dataLabel],
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
    funnel: charts?.funnel,
    absentChoice:
      points && !chosen && selection.providers.length > 0 ? selection.providers[0] : undefined,
    specs: charts && {
      funnel: charts.funnelSpec,
      ranked: charts.rankedSpec,
      trend: charts.trendSpec,
    },
    serviceSpec,
    error: catalogue.error ?? reference.error,
    // A measure's unreadable file affects that measure only: the picker stays usable.
    measureError: source.error,
    isLoading: catalogue.isPending || reference.isPending || register.isPending || source.isPending,
  };
}

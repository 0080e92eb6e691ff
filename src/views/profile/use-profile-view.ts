import { useMemo } from 'react';
import type { Area } from '../../domain';
import type { LoadedCatalogue } from '../../data/load-catalogue';
import { useShallow } from 'zustand/react/shallow';
import { selectUrlState, useSelectionStore } from '../../state/selection-store';
import { useIndicatorsData, useRegister } from '../../data/use-atlas-data';
import { ccgForBorough, ccgMeasureRows } from '../../model/ccg-for-borough';
import { ccgTableSpec } from './ccg-table-spec';
import { trustsServing } from '../../charts/tile-map/build-service-area-tiles';
import { displayOrganisationName } from '../../model/organisation-names';
import { useBoroughIndicators } from '../shared/use-borough-indicators';
import { profileChartSpec } from '../../charts/specs/profile-chart-spec';
import { buildProfileModel } from './build-profile-model';
import { useSpecContext } from '../shared/use-spec-context';

/** One borough across every indicator, with its peers: joined for the profile view. */
export function useProfileView() {
  const selection = useSelectionStore(useShallow(selectUrlState));
  const { catalogue, reference, indicators, boroughs, data, error, isLoading } =
    useBoroughIndicators();
  const known = (c: string | undefined) => boroughs.find((b) => b.code === c);
  // A link naming no London borough gets a message and a borough to start from, never an empty page.
  const unknownProfile =
    selection.profile && boroughs.length > 0 && !known(selection.profile)
      ? selection.profile
      : undefined;
  const borough =
    known(selection.profile) ??
    selection.boroughs.map(known).find(Boolean) ??
    boroughs.find((b) => b.name === 'Barnet') ??
    boroughs[0];

  const model = useMemo(
    () =>
      borough && !data.isPending
        ? buildProfileModel({
            borough,
            boroughs,
            indicators,
            points: data.points,
            benchmark: selection.benchmark,
            ci: selection.ci,
          })
        : undefined,
    [borough, boroughs, indicators, data.points, data.isPending, selection.benchmark, selection.ci],
  );
  // Each section's table, built once: its twin and its export read the same spec.
  const context = useSpecContext(catalogue.data);
  const specs = useMemo(
    () =>
      model?.sections.map((section) =>
        profileChartSpec(section, model.borough, model.benchmarkName, context),
      ) ?? [],
    [model, context],
  );
  const ccgTable = useCcgTable(borough, boroughs, catalogue.data);
  // The mental health trusts serving the borough, for the link to their results.
  const trusts = useMemo(
    () =>
      borough && reference.data
        ? trustsServing(borough.code, reference.data.providers).map((t) => ({
            code: t.code,
            name: displayOrganisationName(t.name),
          }))
        : [],
    [borough, reference.data],
  );
  return {
    ccgTable,
    trusts,
    boroughs,
    indicators,
    borough,
    unknownProfile,
    model,
    specs,
    error,
    isLoading,
  };
}

/** CCG-level measures (after a data update) for the borough's former CCG, labelled honestly. */
function useCcgTable(
  borough: Area | undefined,
  boroughs: readonly Area[],
  catalogue: LoadedCatalogue | undefined,
) {
  // Only the CCG table needs the register: the profile's charts are drawn without it.
  const register = useRegister(catalogue);
  const ccgIndicators = useMemo(
    () => catalogue?.indicators.filter((i) => i.level === 'ccg') ?? [],
    [catalogue],
  );
  const ccgData = useIndicatorsData(ccgIndicators, catalogue?.root);
  const ccgTable = useMemo(() => {
    const ccg =
      borough && register.data
        ? ccgForBorough(borough, boroughs, register.data.organisations)
        : undefined;
    if (!ccg || !borough) return undefined;
    const rows = ccgMeasureRows(
      ccg,
      ccgIndicators.flatMap((indicator) => {
        const points = ccgData.points.get(indicator.id);
        return points ? [{ indicator, points }] : [];
      }),
    );
    return rows.length ? ccgTableSpec(ccg, rows, borough.name) : undefined;
  }, [borough, boroughs, register.data, ccgIndicators, ccgData.points]);
  return ccgTable;
}

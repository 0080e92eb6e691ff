import { useMemo } from 'react';
import type { LoadedCatalogue } from '../../data/load-catalogue';
import type { UserDataset } from '../../data/user-files/user-dataset';
import { useShallow } from 'zustand/react/shallow';
import { useCatalogue, useReference } from '../../data/use-atlas-data';
import { selectUrlState, useSelectionStore } from '../../state/selection-store';
import { useUserDataStore } from '../../state/user-data-store';
import { useIndicatorPoints } from '../shared/use-indicator-points';
import {
  isStandaloneBoroughIndicator,
  type Area,
  type DataPoint,
  type Indicator,
} from '../../domain';
import type { SpecContext } from '../../charts/specs/spec-parts';
import {
  buildIndicatorModel,
  compareIndicator,
  type IndicatorSelection,
} from './build-indicator-model';
import { useSpecContext } from '../shared/use-spec-context';

/** Joins the loaded data, the selection and the statistics for the indicator view. */
export function useIndicatorView() {
  const catalogue = useCatalogue();
  const reference = useReference(catalogue.data);
  const selection = useSelectionStore(useShallow(selectUrlState));

  const userDatasets = useUserDataStore((s) => s.datasets);
  const userHydrated = useUserDataStore((s) => s.hydrated);
  const { indicators, indicator, unknownIndicator, organisationMeasure } = useChosenIndicator(
    catalogue.data,
    userDatasets,
    userHydrated,
    selection.indicator,
  );

  const {
    points,
    rejects,
    fallback,
    error: indicatorError,
    isPending,
  } = useIndicatorPoints(indicator, userDatasets, catalogue.data?.root);
  const boroughs = useMemo(
    () => reference.data?.areas.filter((a) => a.kind === 'borough') ?? [],
    [reference.data],
  );
  const context = useSpecContext(catalogue.data);
  const built = useIndicatorModel(indicator, points, boroughs, selection, context);

  return {
    ...built,
    points,
    rejects,
    selection,
    indicators,
    indicator,
    boroughs,
    unknownIndicator: organisationMeasure ? undefined : unknownIndicator,
    organisationMeasure,
    allIndicators: catalogue.data?.indicators ?? [],
    // Without the catalogue or the reference tables nothing can be shown; a bad indicator file
    // affects only that indicator: the picker and "Load data" stay usable.
    error: catalogue.error ?? reference.error,
    indicatorError,
    fallback,
    isLoading: catalogue.isPending || reference.isPending || isPending,
  };
}

/**
 * The borough indicators, published and the user's own; the one the link asks for (by its id or
 * a former id), else the first; and, when nothing has the id, whether it is an organisation measure.
 */
function useChosenIndicator(
  catalogue: LoadedCatalogue | undefined,
  userDatasets: readonly UserDataset[],
  userHydrated: boolean,
  asked: string | undefined,
) {
  const indicators = useMemo(
    () =>
      [...(catalogue?.indicators ?? []), ...userDatasets.flatMap((d) => d.indicators)].filter(
        isStandaloneBoroughIndicator,
      ),
    [catalogue, userDatasets],
  );
  // A shared link may name an indicator by an id it had before its releases were merged.
  const requested =
    indicators.find((i) => i.id === asked) ??
    indicators.find((i) => asked && i.formerIds?.includes(asked));
  const indicator = requested ?? indicators[0];
  // A link to a user's indicator waits for their saved files before calling it unknown.
  const unknownIndicator = asked && !requested && catalogue && userHydrated ? asked : undefined;
  // A provider, ICB or CCG measure (e.g. from a Providers chart's source link) lives elsewhere.
  const organisationMeasure = unknownIndicator
    ? [...(catalogue?.indicators ?? []), ...userDatasets.flatMap((d) => d.indicators)].find(
        (i) => i.id === unknownIndicator && i.level !== 'borough',
      )
    : undefined;

  return { indicators, indicator, unknownIndicator, organisationMeasure };
}

/**
 * The Indicator view's model, memoised in two steps: the comparison once per indicator, period,
 * sex, benchmark and level; a borough picked or dropped only marks rows and redraws (no
 * bootstrap of rank intervals again).
 */
function useIndicatorModel(
  indicator: Indicator | undefined,
  points: readonly DataPoint[] | undefined,
  boroughs: readonly Area[],
  selection: IndicatorSelection,
  context: SpecContext,
) {
  const { benchmark, ci, period, sex } = selection;
  const choice = useMemo(
    () => ({
      benchmark,
      ci,
      ...(period !== undefined && { period }),
      ...(sex !== undefined && { sex }),
    }),
    [benchmark, ci, period, sex],
  );
  const compared = useMemo(
    () =>
      indicator && points && boroughs.length
        ? compareIndicator(indicator, points, boroughs, choice)
        : undefined,
    [indicator, points, boroughs, choice],
  );
  // One model per comparison and selection: its specs are what every chart and export read.
  const built = useMemo(
    () =>
      indicator && points && compared
        ? buildIndicatorModel(
            indicator,
            points,
            boroughs,
            { ...choice, boroughs: selection.boroughs },
            context,
            compared,
          )
        : undefined,
    [indicator, points, boroughs, compared, choice, selection.boroughs, context],
  );

  return built;
}

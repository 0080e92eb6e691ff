import { useDeferredValue, useMemo } from 'react';
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
import type { AreasComparison } from '../../model/compare-areas';
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

interface ModelInputs {
  readonly indicator: Indicator | undefined;
  readonly points: readonly DataPoint[] | undefined;
  readonly boroughs: readonly Area[];
  readonly choice: Omit<IndicatorSelection, 'boroughs'>;
}

/** Nothing settled yet: the first render draws the quick model, the full one follows. */
const NOT_YET: ModelInputs = {
  indicator: undefined,
  points: undefined,
  boroughs: [],
  choice: { benchmark: 'england', ci: '95' },
};

const compareOf = (inputs: ModelInputs, rankIntervals: boolean) =>
  inputs.indicator && inputs.points && inputs.boroughs.length
    ? compareIndicator(
        inputs.indicator,
        inputs.points,
        inputs.boroughs,
        inputs.choice,
        rankIntervals,
      )
    : undefined;

/** The view's model from its inputs and a comparison of them, with the chosen boroughs marked. */
const modelOf = (
  from: ModelInputs,
  comparison: AreasComparison,
  parts: 'all' | 'first',
  chosen: readonly string[],
  context: SpecContext,
) =>
  from.indicator && from.points
    ? buildIndicatorModel(
        from.indicator,
        from.points,
        from.boroughs,
        { ...from.choice, boroughs: chosen },
        context,
        comparison,
        parts,
      )
    : undefined;

/**
 * The Indicator view's model, memoised in steps: the comparison once per indicator, period,
 * sex, benchmark and level; a borough picked or dropped only marks rows and redraws (no
 * bootstrap of rank intervals again). After a switch, the first frame shows the ranked chart,
 * its controls and panels; the rank intervals (a bootstrap, for the table and CSV) and the
 * charts below are computed just after it, in a deferred render (`pending` until then); so
 * is the first render, which makes the page live sooner.
 */
function useIndicatorModel(
  indicator: Indicator | undefined,
  points: readonly DataPoint[] | undefined,
  boroughs: readonly Area[],
  selection: IndicatorSelection,
  context: SpecContext,
) {
  const { benchmark, ci, period, sex } = selection;
  const inputs = useMemo(
    (): ModelInputs => ({
      indicator,
      points,
      boroughs,
      choice: {
        benchmark,
        ci,
        ...(period !== undefined && { period }),
        ...(sex !== undefined && { sex }),
      },
    }),
    [indicator, points, boroughs, benchmark, ci, period, sex],
  );
  // The first render (the prerendered page's hydration among them) takes the same quick path:
  // the charts below are not in the prerendered page, and the ranked chart's table twin is
  // hydrated after the page is live (views/shared/chart-frame.tsx).
  const settled = useDeferredValue(inputs, NOT_YET);
  const pending = settled !== inputs;
  const compared = useMemo(() => compareOf(settled, true), [settled]);
  const quick = useMemo(() => (pending ? compareOf(inputs, false) : undefined), [inputs, pending]);
  // One model per comparison and selection: its specs are what every chart and export read.
  const full = useMemo(
    () => compared && modelOf(settled, compared, 'all', selection.boroughs, context),
    [settled, compared, selection.boroughs, context],
  );
  const first = useMemo(
    () => quick && modelOf(inputs, quick, 'first', selection.boroughs, context),
    [inputs, quick, selection.boroughs, context],
  );
  if (!pending) return full && { ...full, pending: false };
  return (
    first && {
      ...first,
      trendSpec: full?.trendSpec,
      distributionSpec: full?.distributionSpec,
      tileSpec: full?.tileSpec,
      pending: true,
    }
  );
}

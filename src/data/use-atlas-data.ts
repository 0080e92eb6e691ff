import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { DataPoint, Indicator, IndicatorId } from '../domain';
import { loadCatalogue, type LoadedCatalogue } from './load-catalogue';
import { loadIndicatorFile } from './load-indicator-file';
import { loadReference, loadRegister } from './load-reference';
import type { Reference, Register } from './reference';
import { loadUserPoints } from './user-files/user-file-storage';

/** The catalogue: the bundled one, or data/local's after `data:update`. */
export const catalogueQuery = () =>
  queryOptions({ queryKey: ['catalogue'], queryFn: ({ signal }) => loadCatalogue(signal) });

/** The reference tables (areas, trusts, organisations) the catalogue names. */
export const referenceQuery = (catalogue: LoadedCatalogue | undefined) =>
  queryOptions({
    queryKey: ['reference', catalogue?.root, catalogue?.reference],
    enabled: catalogue !== undefined,
    queryFn: ({ signal }): Promise<Reference> => {
      if (!catalogue) throw new Error('no catalogue');
      return loadReference(catalogue, signal);
    },
  });

/** The register of organisations: only the views that name organisations ask for it. */
export const registerQuery = (catalogue: LoadedCatalogue | undefined) =>
  queryOptions({
    queryKey: ['register', catalogue?.root, catalogue?.reference.organisations],
    enabled: catalogue !== undefined,
    queryFn: ({ signal }): Promise<Register> => {
      if (!catalogue) throw new Error('no catalogue');
      return loadRegister(catalogue, signal);
    },
  });

/** One published indicator's file, read from the catalogue's root. */
export const indicatorDataQuery = (indicator: Indicator | undefined, root: string | undefined) =>
  queryOptions({
    queryKey: ['indicator-data', root, indicator?.id, indicator?.file],
    enabled: indicator !== undefined && root !== undefined,
    queryFn: async ({ signal }) => {
      if (!indicator || root === undefined) throw new Error('no indicator');
      return loadIndicatorFile(root, indicator, signal);
    },
  });

export function useCatalogue() {
  return useQuery(catalogueQuery());
}

export function useReference(catalogue: LoadedCatalogue | undefined) {
  return useQuery(referenceQuery(catalogue));
}

export function useRegister(catalogue: LoadedCatalogue | undefined) {
  return useQuery(registerQuery(catalogue));
}

export function useIndicatorData(indicator: Indicator | undefined, root: string | undefined) {
  return useQuery(indicatorDataQuery(indicator, root));
}

/** A user's loaded indicator: its points are read from this browser's storage when shown. */
export function useUserPoints(datasetId: string | undefined, indicatorId: IndicatorId | undefined) {
  return useQuery({
    queryKey: ['user-points', datasetId, indicatorId],
    enabled: datasetId !== undefined && indicatorId !== undefined,
    queryFn: () => {
      if (!datasetId || !indicatorId) throw new Error('no user indicator');
      return loadUserPoints(datasetId, indicatorId);
    },
  });
}

export interface IndicatorsData {
  readonly points: ReadonlyMap<IndicatorId, readonly DataPoint[]>;
  readonly isPending: boolean;
  readonly errors: readonly Error[];
  /** Updated files read from the bundle instead, each said once. */
  readonly fallbacks?: readonly string[];
}

/** Several published indicators' data at once (the overview), sharing the per-indicator cache. */
export function useIndicatorsData(
  indicators: readonly Indicator[],
  root: string | undefined,
): IndicatorsData {
  return useQueries({
    queries: indicators.map((indicator) => indicatorDataQuery(indicator, root)),
    combine: (results) => ({
      points: new Map(
        results.flatMap((r, i) => (r.data ? [[indicators[i]!.id, r.data.points] as const] : [])),
      ),
      isPending: results.some((r) => r.isPending),
      errors: results.flatMap((r) => (r.error ? [r.error] : [])),
      fallbacks: results.flatMap((r) => (r.data?.fallback ? [r.data.fallback] : [])),
    }),
  });
}

/** Several of the user's loaded indicators at once (overview, profile), read from this browser. */
export function useUserIndicatorsData(
  entries: readonly { readonly datasetId: string; readonly indicatorId: IndicatorId }[],
): IndicatorsData {
  return useQueries({
    queries: entries.map((e) => ({
      queryKey: ['user-points', e.datasetId, e.indicatorId],
      queryFn: () => loadUserPoints(e.datasetId, e.indicatorId),
    })),
    combine: (results) => ({
      points: new Map(
        results.flatMap((r, i) => (r.data ? [[entries[i]!.indicatorId, r.data] as const] : [])),
      ),
      isPending: results.some((r) => r.isPending),
      errors: results.flatMap((r) => (r.error ? [r.error] : [])),
    }),
  });
}

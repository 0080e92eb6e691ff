import { useMemo } from 'react';
import type { SpecContext } from '../../charts/specs/spec-parts';
import type { LoadedCatalogue } from '../../data/load-catalogue';

/** What every chart spec stamps on itself: the data version and the dataset's label, one object per catalogue. */
export function useSpecContext(catalogue: LoadedCatalogue | undefined): SpecContext {
  return useMemo(
    () => ({ dataVersion: catalogue?.dataVersion ?? 'unknown', dataLabel: catalogue?.label ?? '' }),
    [catalogue],
  );
}

import { useMemo } from 'react';
import type { IndicatorLevel } from '../../domain';
import { mergeOrganisations } from '../../data/organisations';
import type { Reference, Register } from '../../data/reference';
import type { UserDataset } from '../../data/user-files/user-dataset';
import { organisationsForLevel } from '../../model/organisation-names';

/**
 * The organisations of a level, named and marked London's or not, and their names alone.
 * Named once per level, not per measure: switching between provider measures reuses it.
 */
export function useProviderOrganisations(
  level: IndicatorLevel | undefined,
  reference: Reference | undefined,
  register: Register | undefined,
  userDatasets: readonly UserDataset[],
) {
  const organisations = useMemo(
    () =>
      level && reference && register
        ? organisationsForLevel(level, {
            // The user's files name their organisations too; published names come last and win.
            register: mergeOrganisations(
              ...userDatasets.map((d) => d.organisations ?? []),
              register.organisations,
            ),
            providers: reference.providers,
            icbs: reference.icbs,
            boroughs: reference.areas.filter((a) => a.kind === 'borough'),
          })
        : new Map(),
    [level, reference, register, userDatasets],
  );
  const names = useMemo(
    () => new Map([...organisations].map(([code, o]) => [code, o.name])),
    [organisations],
  );
  return { organisations, names };
}

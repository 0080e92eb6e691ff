import { useMemo } from 'react';
import type { Indicator } from '../../domain';
import type { Catalogue } from '../../data/catalogue';
import type { UserDataset } from '../../data/user-files/user-dataset';
import { groupMeasures, isOrganisationLevel } from '../../model/measure-topics';

/** Talking Therapies recovery is the question users arrive with; else the first measure. */
const DEFAULT_MEASURES = ['nhstt-annual-recovery', 'mhsds-mrs01b-provider'];

/**
 * The organisation-level measures, published and the user's own, grouped for the picker; the
 * measure the link asks for (by its id or a former id), else the default; and the id asked for
 * when nothing has it, once there is nothing left to load that could.
 */
export function useProviderMeasures(
  catalogue: Catalogue | undefined,
  userDatasets: readonly UserDataset[],
  userHydrated: boolean,
  asked: string | undefined,
) {
  const userIds = useMemo(
    () => new Set<string>(userDatasets.flatMap((d) => d.indicators.map((i) => i.id))),
    [userDatasets],
  );
  const measures = useMemo(
    () =>
      [...(catalogue?.indicators ?? []), ...userDatasets.flatMap((d) => d.indicators)].filter(
        (i) => isOrganisationLevel(i.level) && !i.mergeInto,
      ),
    [catalogue, userDatasets],
  );
  const groups = useMemo(
    () => groupMeasures(measures, (i: Indicator) => userIds.has(i.id)),
    [measures, userIds],
  );
  const byId = (id: string | undefined) =>
    id ? measures.find((i) => i.id === id || i.formerIds?.includes(id)) : undefined;
  const requested = byId(asked);
  const measure =
    requested ?? DEFAULT_MEASURES.map((id) => byId(id)).find(Boolean) ?? groups[0]?.measures[0];
  const unknownMeasure = asked && !requested && catalogue && userHydrated ? asked : undefined;
  return { userIds, measures, groups, measure, unknownMeasure };
}

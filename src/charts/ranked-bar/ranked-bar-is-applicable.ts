import type { AreaComparison } from '../../domain';

/** A ranked chart needs at least two areas with a value to rank. */
export const rankedBarIsApplicable = (rows: readonly AreaComparison[]): boolean =>
  rows.filter((r) => r.value !== null).length >= 2;

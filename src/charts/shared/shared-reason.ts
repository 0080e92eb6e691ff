import type { BenchmarkOutcome } from '../../domain';

/** The reasons two or more uncompared rows give, said once each under a table. */
export interface SharedReasons {
  /** Most often given first. */
  readonly reasons: readonly string[];
  /** Whether every uncompared row gives the one shared reason. */
  readonly everyRow: boolean;
}

/** Why a verdict was not made, or undefined where it was. */
export const reasonNotCompared = (outcome: BenchmarkOutcome): string | undefined =>
  outcome.kind === 'not-compared' ? outcome.reason : undefined;

/**
 * The reasons given by two or more uncompared rows (one entry per row, undefined where
 * compared): a table says each once, under the table, rather than in every row. A reason only
 * one row gives stays in that row.
 */
export function sharedNotComparedReasons(
  reasons: readonly (string | undefined)[],
): SharedReasons | undefined {
  const counts = new Map<string, number>();
  for (const reason of reasons)
    if (reason !== undefined) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const shared = [...counts]
    .filter(([, count]) => count > 1)
    .sort((a, b) => b[1] - a[1])
    .map(([reason]) => reason);
  return shared.length > 0 ? { reasons: shared, everyRow: counts.size === 1 } : undefined;
}

/**
 * What an uncompared row's cell says: "Not compared" where one reason is shared, "Not compared
 * (note 2)" where several are; undefined where its reason is its own (the caller says it whole).
 */
export function notComparedCell(
  reason: string | undefined,
  shared: SharedReasons | undefined,
): string | undefined {
  const i = reason === undefined || !shared ? -1 : shared.reasons.indexOf(reason);
  if (i < 0 || !shared) return undefined;
  return shared.reasons.length === 1 ? 'Not compared' : `Not compared (note ${i + 1})`;
}

/** The lines under the table that say the shared reasons. */
export function sharedReasonNotes(
  shared: SharedReasons | undefined,
  benchmarkName: string,
): readonly string[] {
  if (!shared) return [];
  const [only] = shared.reasons;
  if (shared.reasons.length === 1 && only !== undefined)
    return [
      shared.everyRow
        ? `Not compared with ${benchmarkName}: ${only}.`
        : `“Not compared” with no reason in its row: ${only}.`,
    ];
  return shared.reasons.map((r, i) => `Note ${i + 1}, not compared with ${benchmarkName}: ${r}.`);
}

import type { BenchmarkOutcome } from '../../domain';

export interface SharedReason {
  readonly reason: string;
  /** Whether every uncompared row gives it. */
  readonly everyRow: boolean;
}

/** Why a verdict was not made, or undefined where it was. */
export const reasonNotCompared = (outcome: BenchmarkOutcome): string | undefined =>
  outcome.kind === 'not-compared' ? outcome.reason : undefined;

/**
 * The reason most uncompared rows give (one entry per row, undefined where compared), when two
 * or more give it: a table then says it once, under the table, and those rows read "Not
 * compared". A row with another reason keeps it.
 */
export function sharedNotComparedReason(
  reasons: readonly (string | undefined)[],
): SharedReason | undefined {
  const counts = new Map<string, number>();
  for (const reason of reasons)
    if (reason !== undefined) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const [reason, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return count > 1 ? { reason, everyRow: counts.size === 1 } : undefined;
}

/** The line under the table that says the shared reason. */
export function sharedReasonNote(shared: SharedReason, benchmarkName: string): string {
  return shared.everyRow
    ? `Not compared with ${benchmarkName}: ${shared.reason}.`
    : `“Not compared” with no reason in its row: ${shared.reason}.`;
}

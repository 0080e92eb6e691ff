import { ENGLAND, LONDON, periodSpanKey, type DataPoint } from '../../src/domain';

/** A benchmark row an older release lent to a period the newest release covers. */
interface LentBenchmark {
  readonly code: string;
  readonly period: string;
  /** How many areas the two releases share in that period, all agreeing. */
  readonly sharedAreas: number;
}

export interface OlderReleaseMerge {
  /** Rows of periods the newer releases do not cover at all. */
  readonly added: readonly DataPoint[];
  /** England or London rows for covered periods, where the releases agree (note added). */
  readonly lent: readonly DataPoint[];
  readonly lentSummary: readonly LentBenchmark[];
  /** Periods the older release has that the newer ones already cover. */
  readonly superseded: number;
  /** Covered periods where the releases disagree, so no benchmark was lent (for the build log). */
  readonly disagreements: readonly string[];
}

const BENCHMARKS: readonly string[] = [ENGLAND, LONDON];
export const spanKey = (p: DataPoint) => periodSpanKey(p.period);
const seriesKey = (p: DataPoint) => `${p.code}|${p.sex}`;

/** Decimal places the publisher wrote, the most among these values (8.1 → 1, 12 → 0). */
function decimalsOf(values: readonly number[]): number {
  return Math.max(0, ...values.map((v) => (String(v).split('.')[1] ?? '').length));
}

/**
 * Merges an older release of one measure into the rows of the newer releases. An older release
 * contributes whole periods the newer ones lack (never single areas within a covered period,
 * which would mix releases), with one exception: where the newest lacks the England or London
 * row for a period, the older release's row is lent, but only if the two releases agree, to the
 * older release's precision, on every area they share in that period (and share at least one).
 * Any disagreement lends nothing: a benchmark from a release that differs would compare
 * boroughs with a figure their own release did not publish.
 */
export function mergeOlderRelease(
  newer: readonly DataPoint[],
  older: readonly DataPoint[],
  olderLabel: string,
): OlderReleaseMerge {
  const covered = new Set(newer.map(spanKey));
  const added = older.filter((p) => !covered.has(spanKey(p)));
  const lent: DataPoint[] = [];
  const lentSummary: LentBenchmark[] = [];
  const disagreements: string[] = [];
  const olderInCovered = older.filter((p) => covered.has(spanKey(p)));
  for (const span of new Set(olderInCovered.map(spanKey))) {
    const inSpan = (ps: readonly DataPoint[]) => ps.filter((p) => spanKey(p) === span);
    const newerRows = new Map(inSpan(newer).map((p) => [seriesKey(p), p]));
    const olderRows = inSpan(olderInCovered);
    const missing = olderRows.filter(
      (p) => BENCHMARKS.includes(p.code) && !newerRows.has(seriesKey(p)),
    );
    if (missing.length === 0) continue;
    const shared = olderRows
      .filter((p) => !BENCHMARKS.includes(p.code) && p.value !== null)
      .flatMap((p) => {
        const match = newerRows.get(seriesKey(p));
        return match && match.value !== null ? [[match.value, p.value!] as const] : [];
      });
    const tolerance = 0.5 * 10 ** -decimalsOf(shared.map(([, o]) => o)) + 1e-9;
    const disagreeing = shared.filter(([n, o]) => Math.abs(n - o) > tolerance);
    const period = olderRows[0]!.period.label;
    if (shared.length === 0 || disagreeing.length > 0) {
      disagreements.push(
        `${period}: ${disagreeing.length} of ${shared.length} shared areas differ, no benchmark lent`,
      );
      continue;
    }
    for (const p of missing) {
      const name = p.code === ENGLAND ? 'England' : 'London';
      const why = `${name} value from ${olderLabel}, which agrees with the newest release on all ${shared.length} areas both publish for ${period}`;
      lent.push({ ...p, note: p.note ? `${p.note}; ${why}` : why });
      lentSummary.push({ code: p.code, period, sharedAreas: shared.length });
    }
  }
  const olderPeriods = new Set(older.map(spanKey));
  const superseded = [...olderPeriods].filter((s) => covered.has(s)).length;
  return { added, lent, lentSummary, superseded, disagreements };
}

import type { AreaCode, OdsCode } from './codes';
import type { BenchmarkOutcome } from './comparison';
import type { Interval } from './data-point';

/** One area's value in a view, with its comparison: what charts, tables and exports show. */
export interface AreaComparison {
  readonly code: AreaCode | OdsCode;
  readonly name: string;
  readonly value: number | null;
  /** The interval at the CI level in use, when the data has one. */
  readonly interval?: Interval;
  readonly outcome: BenchmarkOutcome;
  readonly selected: boolean;
  readonly count?: number;
  readonly denominator?: number;
  /** Why there is no value, or the publisher's note. */
  readonly note?: string;
  readonly publishedComparison?: string;
}

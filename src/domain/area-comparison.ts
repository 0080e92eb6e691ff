import type { AreaCode, OdsCode } from './codes';
import type { BenchmarkOutcome, CiLevel } from './comparison';
import type { Interval } from './data-point';

/** One area's value in a view, with its comparison: what charts, tables and exports show. */
export interface AreaComparison {
  readonly code: AreaCode | OdsCode;
  readonly name: string;
  readonly value: number | null;
  /** The interval at the CI level in use, when the data has one or its counts allow one. */
  readonly interval?: Interval;
  /** Whether the interval is the publisher's or computed from counts by the indicator's method. */
  readonly intervalSource?: 'published' | 'computed';
  readonly intervalLevel?: CiLevel;
  /**
   * The significance verdict against the benchmark, or not compared with the reason. Never a
   * quintile: where and how a unit sits in London's spread is `quintile`.
   */
  readonly outcome: BenchmarkOutcome;
  /** 1 (lowest fifth of values) to 5 (highest), within the comparison group. */
  readonly quintile?: number;
  /** 1 = best (or highest, for no judgement); absent for units without a value. */
  readonly rank?: number;
  /** The 95% interval of the rank (model/rank-interval-rows.ts), where every rank has one. */
  readonly rankInterval?: Interval;
  /** Set where the value is the publisher's combined figure for this and another area. */
  readonly combinedArea?: string;
  /** Whether the publisher's own verdict against England matches ours (benchmark England only). */
  readonly publishedAgrees?: boolean;
  readonly selected: boolean;
  readonly count?: number;
  readonly denominator?: number;
  /** Why there is no value, or the publisher's note. */
  readonly note?: string;
  readonly publishedComparison?: string;
}

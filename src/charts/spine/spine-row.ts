import type { AreaComparison, Indicator } from '../../domain';

/** One indicator in a spine chart: the area's comparison against London's spread and a benchmark. */
export interface SpineRow {
  readonly indicator: Indicator;
  readonly periodLabel: string;
  readonly sex: string;
  readonly borough: AreaComparison;
  readonly benchmark: number | null;
  /** London boroughs' spread for the same period. */
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  readonly bestPeer?: { readonly name: string; readonly value: number };
  readonly method: 'ci' | 'quintiles';
}

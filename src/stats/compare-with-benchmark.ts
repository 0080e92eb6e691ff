import type { BenchmarkOutcome, ComparisonMethod, Interval, Polarity } from '../domain';
import { invalidArgument } from './errors';
import { quintileOf } from './percentile';
import { wilsonInterval } from './wilson-interval';

export interface ComparablePoint {
  readonly value: number | null;
  readonly ci95?: Interval;
  readonly ci998?: Interval;
  readonly count?: number;
  readonly denominator?: number;
}

export interface CompareOptions {
  readonly method: ComparisonMethod;
  readonly polarity: Polarity;
  /** CI level for the 'ci-overlap' method: 0.95 or 0.998. */
  readonly confidence?: 0.95 | 0.998;
  /** All the comparator areas' values, for the 'quintiles' method. */
  readonly values?: readonly number[];
  /** The indicator's multiplier (100 for %), for the 'spc-proportion' method. */
  readonly multiplier?: number;
}

type Direction = 'higher' | 'similar' | 'lower';

/** Polarity turns a direction into words: high is good → higher is better. */
function judge(
  direction: Direction,
  polarity: Polarity,
): 'better' | 'similar' | 'worse' | 'higher' | 'lower' {
  if (direction === 'similar') return 'similar';
  if (polarity === 'no-judgement') return direction;
  const good = (direction === 'higher') === (polarity === 'high-is-good');
  return good ? 'better' : 'worse';
}

/** Upper limit below benchmark → lower; lower limit above → higher; touching counts as similar. */
function directionOf(interval: Interval, benchmark: number): Direction {
  if (interval.upper < benchmark) return 'lower';
  if (interval.lower > benchmark) return 'higher';
  return 'similar';
}

/**
 * Compares an area's value with a benchmark value, as Fingertips does (methods.md,
 * "Comparing with a benchmark"; Fingertips technical guidance, "single overlapping CIs").
 *
 * - `ci-overlap`: the area's CI at `confidence` against the benchmark value.
 * - `two-ci-levels`: inside the 95% CI → similar; outside 95% → better/worse; outside 99.8%
 *   too → better/worse with `strong: true` (Fingertips' "best/worst").
 * - `spc-proportion`: Wilson control limits around the benchmark proportion p₀ for the area's
 *   own denominator n (expected count n·p₀); an observed proportion outside → higher/lower.
 * - `quintiles`: the value's quintile among `values` by PERCENTILE.INC (q1 lowest … q5 highest);
 *   not compared with fewer than 5 values.
 *
 * Polarity decides the words: better/worse when high or low is good, higher/lower when no
 * judgement. Not computable (missing value, CI or benchmark) is `{ kind: 'not-compared', reason }`.
 *
 * @example compareWithBenchmark({ value: 12, ci95: { lower: 10.2, upper: 13.9 } }, 9.5,
 *   { method: 'ci-overlap', polarity: 'low-is-good' }) → { kind: 'worse', method: 'ci-overlap' }
 */
export function compareWithBenchmark(
  point: ComparablePoint,
  benchmark: number | null | undefined,
  options: CompareOptions,
): BenchmarkOutcome {
  const { method, polarity } = options;
  if (point.value === null) return { kind: 'not-compared', reason: 'no value' };

  if (method === 'quintiles') {
    const values = options.values;
    if (!values)
      return invalidArgument(
        'compareWithBenchmark',
        'options.values',
        "is required for the 'quintiles' method",
      );
    const quintile = quintileOf(point.value, values);
    if (quintile === undefined)
      return { kind: 'not-compared', reason: 'fewer than 5 values to form quintiles' };
    return { kind: `q${quintile}`, method };
  }

  if (benchmark === null || benchmark === undefined)
    return { kind: 'not-compared', reason: 'no benchmark value' };

  if (method === 'spc-proportion') {
    const { count, denominator } = point;
    const multiplier = options.multiplier ?? 100;
    if (count === undefined || !denominator)
      return { kind: 'not-compared', reason: 'no numerator and denominator' };
    const expected = Math.min(denominator, Math.max(0, (denominator * benchmark) / multiplier));
    const limits = wilsonInterval(expected, denominator, 0.95, multiplier);
    const observed = (count / denominator) * multiplier;
    const direction: Direction =
      observed > limits.upper ? 'higher' : observed < limits.lower ? 'lower' : 'similar';
    return { kind: judge(direction, polarity), method };
  }

  if (method === 'two-ci-levels') {
    if (!point.ci95) return { kind: 'not-compared', reason: 'no 95% confidence interval' };
    const at95 = directionOf(point.ci95, benchmark);
    if (at95 === 'similar') return { kind: 'similar', method };
    if (!point.ci998) return { kind: 'not-compared', reason: 'no 99.8% confidence interval' };
    const strong = directionOf(point.ci998, benchmark) !== 'similar';
    return { kind: judge(at95, polarity), method, strong };
  }

  const confidence = options.confidence ?? 0.95;
  const interval = confidence === 0.998 ? point.ci998 : point.ci95;
  if (!interval)
    return {
      kind: 'not-compared',
      reason: `no ${confidence === 0.998 ? '99.8' : '95'}% confidence interval`,
    };
  return { kind: judge(directionOf(interval, benchmark), polarity), method };
}

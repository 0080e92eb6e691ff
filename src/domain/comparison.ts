/** The result of comparing an area's value with a benchmark (England or London). */
export const OUTCOMES = {
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  higher: 'Higher',
  lower: 'Lower',
  // Quintile comparisons for indicators without CIs (methods.md, "Quintiles").
  q1: 'Lowest quintile',
  q2: 'Quintile 2',
  q3: 'Quintile 3',
  q4: 'Quintile 4',
  q5: 'Highest quintile',
  'not-compared': 'Not compared',
} as const;
export type OutcomeKind = keyof typeof OUTCOMES;

/** Confidence levels a comparison can be made at, in percent. */
export const CI_LEVELS = ['95', '99.8'] as const;
export type CiLevel = (typeof CI_LEVELS)[number];

export const BENCHMARKS = { england: 'England', london: 'London' } as const;
export type BenchmarkKey = keyof typeof BENCHMARKS;

export const COMPARISON_METHODS = {
  'ci-overlap': 'Confidence interval vs benchmark value',
  'two-ci-levels': '95% and 99.8% confidence intervals vs benchmark value',
  'spc-proportion': 'Control limits around the benchmark proportion',
  quintiles: 'Quintiles within London (PERCENTILE.INC)',
} as const;
export type ComparisonMethod = keyof typeof COMPARISON_METHODS;

export type BenchmarkOutcome =
  | {
      readonly kind: Exclude<OutcomeKind, 'not-compared'>;
      readonly method: ComparisonMethod;
      /** Two-CI-level comparisons: true when outside the 99.8% interval too. */
      readonly strong?: boolean;
    }
  | { readonly kind: 'not-compared'; readonly reason: string };

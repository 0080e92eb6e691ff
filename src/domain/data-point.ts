import type { AreaCode, IndicatorId, OdsCode } from './codes';

/**
 * A time period as the publisher wrote it, with a machine-readable span for sorting and
 * trend charts. Start and end are ISO dates (YYYY-MM-DD), absent when the source does not
 * state the period (e.g. GLA "not stated in source").
 */
export interface Period {
  readonly label: string;
  readonly start?: string;
  readonly end?: string;
}

export const SEXES = ['Persons', 'Male', 'Female'] as const;
export type Sex = (typeof SEXES)[number];

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/**
 * One published figure for one area or organisation in one period. A missing or suppressed
 * value has `value: null` and the publisher's reason in `note`; nothing is ever imputed.
 */
export interface DataPoint {
  readonly indicatorId: IndicatorId;
  /** An ONS area code for area data, an ODS code for provider and ICB data. */
  readonly code: AreaCode | OdsCode;
  readonly period: Period;
  readonly sex: Sex;
  readonly age: string;
  readonly value: number | null;
  readonly ci95?: Interval;
  readonly ci998?: Interval;
  readonly count?: number;
  readonly denominator?: number;
  readonly note?: string;
  /** The publisher's own comparison label, e.g. Fingertips "Better", "Similar", "Lower 99.8". */
  readonly publishedComparison?: string;
  /** The publisher's recent-trend label, e.g. Fingertips "Increasing and getting worse". */
  readonly publishedTrend?: string;
}

/** Sort key for a period: start, then end; undated periods sort first. */
const periodSortKey = (period: Period): string =>
  `${period.start ?? '0000-00-00'}/${period.end ?? '0000-00-00'}`;

/**
 * What makes two periods the same period: the dated span where there is one, so "2022 - 24",
 * "2022-24" and ONS's "2022-01-01/P3Y" are one; the label for an undated period.
 */
export const periodSpanKey = (period: Period): string =>
  period.start ? periodSortKey(period) : period.label;

/**
 * The keys are ISO dates, so plain code-unit order is date order; `localeCompare` gave the same
 * order but set up ICU's collator on its first call, 10-16 ms on the way to going live.
 */
export const comparePeriods = (a: Period, b: Period): number => {
  const [x, y] = [periodSortKey(a), periodSortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

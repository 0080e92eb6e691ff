import type { IndicatorId } from './codes';

export const DOMAINS = {
  mental: 'Mental health',
  physical: 'Physical health',
  context: 'Context',
} as const;
export type IndicatorDomain = keyof typeof DOMAINS;

/** CCG data is kept at CCG level: CCGs do not map one-to-one onto boroughs. */
export const LEVELS = ['borough', 'provider', 'icb', 'ccg'] as const;
export type IndicatorLevel = (typeof LEVELS)[number];

export const VALUE_TYPES = {
  proportion: 'Proportion',
  'crude-rate': 'Crude rate',
  dsr: 'Directly standardised rate',
  ratio: 'Ratio',
  'mean-score': 'Mean score',
  count: 'Count',
  years: 'Years',
  score: 'Score',
  median: 'Median',
} as const;
type ValueType = keyof typeof VALUE_TYPES;

export const POLARITIES = {
  'high-is-good': 'High is good',
  'low-is-good': 'Low is good',
  'no-judgement': 'No judgement',
} as const;
export type Polarity = keyof typeof POLARITIES;

/** How a confidence interval is obtained or computed for this indicator (methods.md). */
export const CI_METHODS = {
  wilson: 'Wilson score',
  'byar-exact': "Exact Poisson below 10 events, Byar's from 10",
  dobson: 'Dobson (directly standardised rate)',
  'student-t': "Student's t",
  published: 'As published',
  none: 'No confidence interval',
} as const;
type CiMethod = keyof typeof CI_METHODS;

export const LICENCES = {
  'OGL-3.0': 'Open Government Licence v3.0',
  unverified: 'Licence not stated in the copy used',
} as const;
type Licence = keyof typeof LICENCES;

/** The attribution line for what the Atlas shows together: every export that gathers sources. */
export const OGL_NOTICE =
  'Contains public sector information licensed under the Open Government Licence v3.0, except where a source line says otherwise.';
export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

export interface IndicatorSource {
  readonly publisher: string;
  readonly licence: Licence;
  /** The line shown under every chart of this indicator. */
  readonly attribution: string;
  /** Where the publisher publishes it. */
  readonly url: string;
  /** Where the bundled figures were taken from (repository@commit, path). */
  readonly extractedFrom: string;
  /** ISO date the figures were extracted for this product. */
  readonly extractDate: string;
  /** Where `npm run data:update` fetches the newest release, when the publisher has an API. */
  readonly downloadUrl?: string;
}

/**
 * How rows of a published file are recognised as this indicator: by Fingertips indicator id,
 * by NHS measure id, or by the publisher's indicator name (optionally fixing the sex, where a
 * publisher names e.g. "Male healthy life expectancy" as its own indicator).
 */
interface IndicatorMatch {
  readonly measureIds?: readonly string[];
  readonly names?: readonly {
    readonly name: string;
    readonly sex?: 'Persons' | 'Male' | 'Female';
  }[];
}

/**
 * One published release that supplies some of an indicator's periods. An indicator built from
 * an older and a newer release of one measure keeps the newer release's periods and the older
 * release's only where the newer does not cover them; this says which period came from where.
 */
export interface IndicatorRelease {
  /** What a reader is told, e.g. "ONS Health state life expectancies (via Explore Local Statistics)". */
  readonly label: string;
  /** Where the figures were taken from (repository@commit, path). */
  readonly extractedFrom: string;
  /** The period labels this release supplies; empty when every period was superseded. */
  readonly periods: readonly string[];
}

/** A summary of the data an indicator holds, written by the data build and update. */
export interface IndicatorCoverage {
  readonly periodCount: number;
  readonly firstPeriod: string;
  readonly latestPeriod: string;
  /** ISO end date of the latest period, where the period is dated. */
  readonly latestEnd?: string;
  /** Whether any value has a published interval, or the count and denominator to compute one. */
  readonly hasIntervals: boolean;
}

export interface Indicator {
  readonly id: IndicatorId;
  /** The Fingertips indicator id, where the measure is a Fingertips indicator. */
  readonly fingertipsId?: number;
  readonly name: string;
  readonly shortName: string;
  readonly domain: IndicatorDomain;
  readonly level: IndicatorLevel;
  /** Unit label for axes, e.g. "%", "per 100,000", "years". */
  readonly unit: string;
  /** 100 for percentages, 100000 for rates per 100,000, 1 otherwise. */
  readonly multiplier: number;
  readonly valueType: ValueType;
  readonly polarity: Polarity;
  readonly ciMethod: CiMethod;
  readonly source: IndicatorSource;
  readonly caveats: readonly string[];
  /** Normalised data file, relative to the catalogue. */
  readonly file: string;
  readonly match?: IndicatorMatch;
  /** Where the periods come from, when more than one release makes up the series. */
  readonly releases?: readonly IndicatorRelease[];
  /**
   * A discontinued indicator: the publisher's newer, differently defined indicator that replaced
   * it. Kept for its history; never a default or a suggested pair.
   */
  readonly supersededBy?: IndicatorId;
  /** Ids this indicator was known by before releases were merged: old links keep working. */
  readonly formerIds?: readonly string[];
  readonly coverage?: IndicatorCoverage;
  /** Decimal places the publisher shows values to, where it says. */
  readonly decimals?: number;
  /** A user's file only: the indicator the Atlas already has that this one repeats. */
  readonly sameAs?: IndicatorId;
  /** A user's file only: the user chose to add this file's periods to that indicator. */
  readonly mergeInto?: IndicatorId;
}

/** The release(s) that supplied one period, by label; empty when the indicator has one source. */
export const releasesForPeriod = (indicator: Pick<Indicator, 'releases'>, periodLabel: string) =>
  (indicator.releases ?? []).filter((r) => r.periods.includes(periodLabel));

/**
 * Whether an indicator is one of the boroughs' own, chosen by itself: a user's file whose
 * periods were added to a published indicator is shown through that indicator instead.
 */
export const isStandaloneBoroughIndicator = (indicator: Pick<Indicator, 'level' | 'mergeInto'>) =>
  indicator.level === 'borough' && !indicator.mergeInto;

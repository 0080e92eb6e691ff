import {
  BENCHMARKS,
  CI_LEVELS,
  type CiLevel,
  isAreaCode,
  isIndicatorId,
  SEXES,
  type AreaCode,
  type BenchmarkKey,
  type IndicatorId,
  type Sex,
} from '../domain';

/** Navigation order; the indicator view is the default landing view. */
export const VIEWS = {
  overview: 'Overview',
  indicator: 'Indicator',
  profile: 'Borough profile',
  data: 'Data and methods',
} as const;
export type ViewKey = keyof typeof VIEWS;

export { CI_LEVELS, type CiLevel } from '../domain';

/** Everything a shared link restores. Derived values are never stored here. */
export interface UrlState {
  readonly view: ViewKey;
  readonly indicator?: IndicatorId;
  readonly boroughs: readonly AreaCode[];
  readonly benchmark: BenchmarkKey;
  /** Period label as published, e.g. "2014/15"; absent means the latest. */
  readonly period?: string;
  readonly ci: CiLevel;
  readonly sex?: Sex;
  /** The borough the profile view shows; absent means the first selected borough. */
  readonly profile?: AreaCode;
}

export const DEFAULT_URL_STATE: UrlState = {
  view: 'indicator',
  boroughs: [],
  benchmark: 'england',
  ci: '95',
};

/** Short, stable query keys (FingertipsNext-style) so links stay readable. */
const KEYS = {
  view: 'v',
  indicator: 'i',
  boroughs: 'b',
  benchmark: 'bm',
  period: 'p',
  ci: 'ci',
  sex: 'sex',
  profile: 'pb',
} as const;

export interface ParsedUrlState {
  readonly state: UrlState;
  /** One sentence per ignored parameter, shown to the user. */
  readonly notices: readonly string[];
}

const isOneOf = <T extends string>(options: readonly T[], value: string): value is T =>
  (options as readonly string[]).includes(value);

/**
 * Parses a query string into a valid UrlState. A bad parameter is dropped with a notice,
 * never an exception, so a mangled link still opens a working page.
 */
export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const ignore = (key: string, value: string, why: string) =>
    notices.push(`Ignored "${key}=${value}" in the link: ${why}.`);
  const state: { -readonly [K in keyof UrlState]: UrlState[K] } = {
    ...DEFAULT_URL_STATE,
    boroughs: [],
  };

  const view = params.get(KEYS.view);
  if (view !== null) {
    if (isOneOf(Object.keys(VIEWS) as ViewKey[], view)) state.view = view;
    else ignore(KEYS.view, view, 'no such view');
  }
  const indicator = params.get(KEYS.indicator);
  if (indicator !== null) {
    if (isIndicatorId(indicator)) state.indicator = indicator;
    else ignore(KEYS.indicator, indicator, 'not an indicator id');
  }
  const boroughs = params.get(KEYS.boroughs);
  if (boroughs) {
    const codes = [
      ...new Set(
        boroughs
          .split(',')
          .map((c) => c.trim().toUpperCase())
          .filter(Boolean),
      ),
    ];
    const bad = codes.filter((c) => !(isAreaCode(c) && c.startsWith('E09')));
    for (const code of bad) ignore(KEYS.boroughs, code, 'not a London borough code');
    state.boroughs = codes.filter((c): c is AreaCode => !bad.includes(c)).sort();
  }
  const benchmark = params.get(KEYS.benchmark);
  if (benchmark !== null) {
    if (isOneOf(Object.keys(BENCHMARKS) as (keyof typeof BENCHMARKS)[], benchmark))
      state.benchmark = benchmark;
    else ignore(KEYS.benchmark, benchmark, 'the benchmark is England or London');
  }
  const period = params.get(KEYS.period);
  if (period) {
    if (period.length <= 40) state.period = period;
    else ignore(KEYS.period, period.slice(0, 40) + '…', 'too long to be a period');
  }
  const ci = params.get(KEYS.ci);
  if (ci !== null) {
    if (isOneOf(CI_LEVELS, ci)) state.ci = ci;
    else ignore(KEYS.ci, ci, 'the confidence level is 95 or 99.8');
  }
  const sex = params.get(KEYS.sex);
  if (sex !== null) {
    if (isOneOf(SEXES, sex)) state.sex = sex;
    else ignore(KEYS.sex, sex, 'sex is Persons, Male or Female');
  }
  const profile = params.get(KEYS.profile);
  if (profile !== null) {
    const code = profile.trim().toUpperCase();
    if (isAreaCode(code) && code.startsWith('E09')) state.profile = code;
    else ignore(KEYS.profile, profile, 'not a London borough code');
  }
  return { state, notices };
}

/** Serialises a UrlState, leaving defaults out; parseUrlState(serialiseUrlState(s)) equals s. */
export function serialiseUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_URL_STATE.view) params.set(KEYS.view, state.view);
  if (state.indicator) params.set(KEYS.indicator, state.indicator);
  if (state.boroughs.length) params.set(KEYS.boroughs, [...state.boroughs].sort().join(','));
  if (state.benchmark !== DEFAULT_URL_STATE.benchmark) params.set(KEYS.benchmark, state.benchmark);
  if (state.period) params.set(KEYS.period, state.period);
  if (state.ci !== DEFAULT_URL_STATE.ci) params.set(KEYS.ci, state.ci);
  if (state.sex) params.set(KEYS.sex, state.sex);
  if (state.profile) params.set(KEYS.profile, state.profile);
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

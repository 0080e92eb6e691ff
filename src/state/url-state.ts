import * as v from 'valibot';
import { formatNumber } from '../domain/format-number';
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

/**
 * Every view's URL key, in navigation order; the indicator view is the default landing view.
 * Its label, component and parts are its entry in `app/view-registry.tsx`, which the compiler
 * holds to this list.
 */
export const VIEW_KEYS = [
  'overview',
  'indicator',
  'profile',
  'parity',
  'providers',
  'data',
] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

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
  /** Parity view: the mental and the physical health indicator compared. */
  readonly parityMental?: IndicatorId;
  readonly parityPhysical?: IndicatorId;
  /** Providers view: the provider-, ICB- or CCG-level measure shown. */
  readonly providerMeasure?: IndicatorId;
  /** Providers view: the measure's period as published; absent means the latest. */
  readonly providerPeriod?: string;
  /** Providers view: organisations emphasised (ODS codes); the first one's trend is shown. */
  readonly providers: readonly string[];
  /** Providers view: how the funnel allows for over-dispersion. */
  readonly dispersion: Dispersion;
}

export const DISPERSIONS = {
  off: 'Off',
  multiplicative: 'Multiplicative',
  additive: 'Additive (random effects)',
} as const;
export type Dispersion = keyof typeof DISPERSIONS;

export const DEFAULT_URL_STATE: UrlState = {
  view: 'indicator',
  boroughs: [],
  benchmark: 'england',
  ci: '95',
  providers: [],
  dispersion: 'off',
};

/** What reading one parameter gave: a valid value, and each part of the text that was not. */
interface ParamResult<T> {
  readonly value?: T;
  readonly ignored?: readonly { readonly text: string; readonly why: string }[];
}

/**
 * One shareable parameter: its short, stable query key (FingertipsNext-style, so links stay
 * readable), how to read it and how to write it. A new parameter is one entry in PARAMS.
 */
interface Param<F extends keyof UrlState> {
  readonly field: F;
  readonly key: string;
  readonly parse: (raw: string) => ParamResult<UrlState[F]>;
  /** The text for the URL, or undefined to leave the parameter out (its default). */
  readonly serialise: (value: UrlState[F]) => string | undefined;
}
type AnyParam = { [F in keyof UrlState]-?: Param<F> }[keyof UrlState];

const param = <F extends keyof UrlState>(p: Param<F>): Param<F> => p;
/** A parameter read through its schema (valibot): the value, or the text ignored and why. */
const bySchema =
  <T>(schema: v.GenericSchema<string, T>, why: string) =>
  (raw: string): ParamResult<T> => {
    const result = v.safeParse(schema, raw);
    return result.success ? { value: result.output } : { ignored: [{ text: raw, why }] };
  };
const oneOf = <T extends string>(options: readonly T[], why: string) =>
  bySchema(v.picklist(options), why);
const unlessDefault =
  <T>(fallback: T) =>
  (value: T) =>
    value === fallback ? undefined : String(value);
const isBoroughCode = (code: string): code is AreaCode =>
  isAreaCode(code) && code.startsWith('E09');
// Catalogue and user-file ids are at most ~100 characters; anything longer is not an id.
const IndicatorIdSchema = v.custom<IndicatorId>(
  (x) => typeof x === 'string' && x.length <= 120 && isIndicatorId(x),
);
const BoroughCodeSchema = v.custom<AreaCode>((x) => typeof x === 'string' && isBoroughCode(x));
const PeriodSchema = v.pipe(v.string(), v.maxLength(40));
/** ODS codes as published: 3 to 6 letters and digits (RV5, TAF88, 07L). */
const OdsCodeSchema = v.pipe(v.string(), v.regex(/^[A-Z0-9]{3,6}$/));
const MAX_PROVIDERS = 10;
/** A comma-separated list of codes, upper-cased, blanks and repeats dropped. */
const codeList = (raw: string): string[] => [
  ...new Set(
    raw
      .split(',')
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
  ),
];
const readPeriod = (raw: string): ParamResult<string> =>
  v.safeParse(PeriodSchema, raw).success
    ? { value: raw }
    : { ignored: [{ text: `${raw.slice(0, 40)}…`, why: 'too long to be a period' }] };

const PARAMS: readonly AnyParam[] = [
  param({
    field: 'view',
    key: 'v',
    parse: oneOf(VIEW_KEYS, 'no such view'),
    serialise: unlessDefault(DEFAULT_URL_STATE.view),
  }),
  param({
    field: 'indicator',
    key: 'i',
    parse: bySchema(IndicatorIdSchema, 'not an indicator id'),
    serialise: (value) => value,
  }),
  param({
    field: 'boroughs',
    key: 'b',
    parse: (raw) => {
      const codes = codeList(raw);
      const valid = (c: string) => v.is(BoroughCodeSchema, c);
      return {
        value: codes.filter(valid).sort(),
        ignored: codes
          .filter((c) => !valid(c))
          .map((text) => ({ text, why: 'not a London borough code' })),
      };
    },
    serialise: (value) => (value.length ? [...value].sort().join(',') : undefined),
  }),
  param({
    field: 'benchmark',
    key: 'bm',
    parse: oneOf(Object.keys(BENCHMARKS) as BenchmarkKey[], 'the benchmark is England or London'),
    serialise: unlessDefault(DEFAULT_URL_STATE.benchmark),
  }),
  param({
    field: 'period',
    key: 'p',
    parse: readPeriod,
    serialise: (value) => value || undefined,
  }),
  param({
    field: 'ci',
    key: 'ci',
    parse: oneOf(CI_LEVELS, 'the confidence level is 95 or 99.8'),
    serialise: unlessDefault(DEFAULT_URL_STATE.ci),
  }),
  param({
    field: 'sex',
    key: 'sex',
    parse: oneOf(SEXES, 'sex is Persons, Male or Female'),
    serialise: (value) => value,
  }),
  param({
    field: 'profile',
    key: 'pb',
    parse: (raw) => {
      const code = raw.trim().toUpperCase();
      return v.is(BoroughCodeSchema, code)
        ? { value: code }
        : { ignored: [{ text: raw, why: 'not a London borough code' }] };
    },
    serialise: (value) => value,
  }),
  param({
    field: 'parityMental',
    key: 'pm',
    parse: bySchema(IndicatorIdSchema, 'not an indicator id'),
    serialise: (value) => value,
  }),
  param({
    field: 'parityPhysical',
    key: 'pp',
    parse: bySchema(IndicatorIdSchema, 'not an indicator id'),
    serialise: (value) => value,
  }),
  param({
    field: 'providerMeasure',
    key: 'pi',
    parse: bySchema(IndicatorIdSchema, 'not an indicator id'),
    serialise: (value) => value,
  }),
  param({
    field: 'providerPeriod',
    key: 'pt',
    parse: readPeriod,
    serialise: (value) => value || undefined,
  }),
  param({
    field: 'providers',
    key: 'po',
    parse: (raw) => {
      const codes = codeList(raw);
      const valid = codes.filter((c) => v.is(OdsCodeSchema, c));
      return {
        value: valid.slice(0, MAX_PROVIDERS),
        ignored: [
          ...codes
            .filter((c) => !v.is(OdsCodeSchema, c))
            .map((text) => ({ text, why: 'not an organisation code' })),
          ...valid.slice(MAX_PROVIDERS).map((text) => ({
            text,
            why: `at most ${MAX_PROVIDERS} organisations are emphasised`,
          })),
        ],
      };
    },
    serialise: (value) => (value.length ? value.join(',') : undefined),
  }),
  param({
    field: 'dispersion',
    key: 'od',
    parse: oneOf(
      Object.keys(DISPERSIONS) as Dispersion[],
      'over-dispersion is off, multiplicative or additive',
    ),
    serialise: unlessDefault(DEFAULT_URL_STATE.dispersion),
  }),
];

/**
 * The shareable fields, read from the parameter table: the store copies exactly these to and
 * from the address, so a new parameter is one entry in PARAMS and nothing else.
 */
const URL_FIELDS: readonly (keyof UrlState)[] = PARAMS.map((p) => p.field);

/** A state's shareable fields and no others; every field is written, an absent one as undefined. */
export const pickUrlState = (state: UrlState): UrlState =>
  // Each field of UrlState has one entry in PARAMS (test/state/url-state.test.ts checks it).
  Object.fromEntries(URL_FIELDS.map((field) => [field, state[field]])) as unknown as UrlState;

/** Values echoed in notices are cut to a readable length. */
const MAX_ECHO = 60;
const shorten = (text: string) => (text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text);
const MAX_NOTICES_PER_PARAM = 3;

export interface ParsedUrlState {
  readonly state: UrlState;
  /** One sentence per ignored parameter, shown to the user. */
  readonly notices: readonly string[];
}

/**
 * Parses a query string into a valid UrlState. A bad parameter is dropped with a notice,
 * never an exception, so a mangled link still opens a working page.
 */
export function parseUrlState(search: string): ParsedUrlState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  // Built field by field from the table; each entry's parse is typed for its own field.
  const state: Record<string, unknown> = { ...DEFAULT_URL_STATE };
  for (const p of PARAMS) {
    const raw = params.get(p.key);
    // An empty b= or p= means "none", as it always has.
    if (
      raw === null ||
      (raw === '' && ['boroughs', 'period', 'providers', 'providerPeriod'].includes(p.field))
    )
      continue;
    const result: ParamResult<unknown> = p.parse(raw);
    if (result.value !== undefined) state[p.field] = result.value;
    const ignored = result.ignored ?? [];
    if (ignored.length > MAX_NOTICES_PER_PARAM) {
      // Many bad values of one parameter make one notice, not thousands.
      const examples = ignored
        .slice(0, 3)
        .map((bad) => `"${shorten(bad.text)}"`)
        .join(', ');
      notices.push(
        `Ignored ${formatNumber(ignored.length)} values of "${p.key}" in the link (${ignored[0]!.why}), e.g. ${examples}.`,
      );
    } else
      for (const bad of ignored)
        notices.push(`Ignored "${p.key}=${shorten(bad.text)}" in the link: ${bad.why}.`);
  }
  // Every field was set from DEFAULT_URL_STATE or by its own param's parse.
  return { state: state as unknown as UrlState, notices };
}

/** Serialises a UrlState, leaving defaults out; parseUrlState(serialiseUrlState(s)) equals s. */
export function serialiseUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const p of PARAMS) {
    const value = state[p.field];
    // Each entry serialises its own field's type; the union cannot say so to the compiler.
    const text =
      value === undefined ? undefined : (p.serialise as (v: unknown) => string | undefined)(value);
    if (text !== undefined) params.set(p.key, text);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

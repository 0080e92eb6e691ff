import {
  CI_METHODS,
  DOMAINS,
  isIndicatorId,
  LEVELS,
  LICENCES,
  POLARITIES,
  VALUE_TYPES,
  type Indicator,
  type IndicatorId,
  type IndicatorMatch,
  type IndicatorCoverage,
  type IndicatorRelease,
} from '../domain';
import { FileError } from './parse-csv';

/** A suggested mental ↔ physical health pair for the parity view. */
export interface ParityPair {
  readonly mental: string;
  readonly physical: string;
  readonly label: string;
}

/** The suggested pairs whose two indicators are both available. */
export const availablePairs = (
  pairs: readonly ParityPair[],
  ids: ReadonlySet<string>,
): ParityPair[] => pairs.filter((p) => ids.has(p.mental) && ids.has(p.physical));

export interface Catalogue {
  readonly schemaVersion: 1;
  /** Identifies the data a view was made from, so a saved snapshot can say which. */
  readonly dataVersion: string;
  /** What the header says is shown, e.g. "Bundled snapshot". */
  readonly label: string;
  /** After a data update: the source folder or publisher, as a reader should see it. */
  readonly updatedFrom?: string;
  readonly extractDate: string;
  readonly indicators: readonly Indicator[];
  readonly reference: {
    readonly areas: string;
    readonly icbs: string;
    readonly providers: string;
    /** Every organisation the provider files name (absent in catalogues before it existed). */
    readonly organisations?: string;
  };
  /** Suggested pairs for the parity view. */
  readonly parityPairs?: readonly ParityPair[];
  /** After a data update run with --keep-going: the source files that could not be read. */
  readonly failedFiles?: readonly string[];
  /** Entries left out because they were invalid (lenient parsing only), each with its reason. */
  readonly problems?: readonly string[];
}

type Json = Record<string, unknown>;

function parseMatch(
  raw: Json,
  path: string,
  fail: (path: string, what: string) => never,
): IndicatorMatch {
  const measureIds = raw.measureIds;
  if (
    measureIds !== undefined &&
    !(Array.isArray(measureIds) && measureIds.every((m) => typeof m === 'string'))
  )
    fail(`${path}.measureIds`, 'must be a list of text');
  const names = raw.names;
  if (
    names !== undefined &&
    !(Array.isArray(names) && names.every((n) => isObject(n) && typeof n.name === 'string'))
  )
    fail(`${path}.names`, 'must be a list of { name }');
  return {
    ...(measureIds !== undefined && { measureIds: measureIds as string[] }),
    ...(names !== undefined && { names: names as IndicatorMatch['names'] }),
  };
}
function parseReleases(
  raw: unknown,
  path: string,
  fail: (path: string, what: string) => never,
): IndicatorRelease[] {
  if (!Array.isArray(raw)) return fail(path, 'must be a list');
  return raw.map((r, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(r) || typeof r.label !== 'string' || typeof r.extractedFrom !== 'string')
      return fail(at, 'must be { label, extractedFrom, periods }');
    const periods = r.periods;
    if (!(Array.isArray(periods) && periods.every((p) => typeof p === 'string')))
      return fail(`${at}.periods`, 'must be a list of text');
    return { label: r.label, extractedFrom: r.extractedFrom, periods: periods as string[] };
  });
}

const textList = (
  raw: unknown,
  path: string,
  fail: (path: string, what: string) => never,
): string[] =>
  Array.isArray(raw) && raw.every((c) => typeof c === 'string')
    ? (raw as string[])
    : fail(path, 'must be a list of text');

const asSupersedingId = (
  raw: unknown,
  path: string,
  fail: (path: string, what: string) => never,
): IndicatorId =>
  typeof raw === 'string' && isIndicatorId(raw) ? raw : fail(path, 'must be an indicator id');

function parseCoverage(
  raw: unknown,
  path: string,
  fail: (path: string, what: string) => never,
): IndicatorCoverage {
  if (
    !isObject(raw) ||
    typeof raw.periodCount !== 'number' ||
    typeof raw.firstPeriod !== 'string' ||
    typeof raw.latestPeriod !== 'string' ||
    typeof raw.hasIntervals !== 'boolean'
  )
    return fail(path, 'must be { periodCount, firstPeriod, latestPeriod, hasIntervals }');
  return {
    periodCount: raw.periodCount,
    firstPeriod: raw.firstPeriod,
    latestPeriod: raw.latestPeriod,
    ...(typeof raw.latestEnd === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(raw.latestEnd) && { latestEnd: raw.latestEnd }),
    hasIntervals: raw.hasIntervals,
  };
}

function parsePairs(raw: unknown, fail: (path: string, what: string) => never): ParityPair[] {
  if (!Array.isArray(raw)) return fail('parityPairs', 'must be a list');
  return raw.map((p, i) =>
    isObject(p) &&
    typeof p.mental === 'string' &&
    typeof p.physical === 'string' &&
    typeof p.label === 'string'
      ? { mental: p.mental, physical: p.physical, label: p.label }
      : fail(`parityPairs[${i}]`, 'must be { mental, physical, label }'),
  );
}

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates catalogue JSON at the boundary. A corrupt catalogue fails with the path of the
 * first bad field, e.g. `catalogue.json: indicators[3].polarity must be one of …`.
 */
export function parseCatalogue(
  json: unknown,
  file = 'catalogue.json',
  options: {
    /** The app's reading: a bad indicator entry is left out with a problem, not fatal. */
    readonly skipBadIndicators?: boolean;
  } = {},
): Catalogue {
  const problems: string[] = [];
  const fail = (path: string, what: string): never => {
    throw new FileError(file, `${path} ${what}`);
  };
  const str = (o: Json, key: string, path: string): string =>
    typeof o[key] === 'string' && o[key] !== ''
      ? (o[key] as string)
      : fail(`${path}.${key}`, 'must be a non-empty string');
  const oneOf = <K extends string>(
    o: Json,
    key: string,
    allowed: Record<K, unknown> | readonly K[],
    path: string,
  ): K => {
    const options = Array.isArray(allowed) ? allowed : Object.keys(allowed);
    const value = o[key];
    return typeof value === 'string' && options.includes(value)
      ? (value as K)
      : fail(`${path}.${key}`, `must be one of ${options.join(', ')}`);
  };

  if (!isObject(json)) return fail('the catalogue', 'must be a JSON object');
  if (json.schemaVersion !== 1) fail('schemaVersion', 'must be 1');
  if (!Array.isArray(json.indicators)) fail('indicators', 'must be a list');
  const reference = isObject(json.reference)
    ? json.reference
    : fail('reference', 'must be an object');

  const seen = new Set<IndicatorId>();
  const parseIndicator = (raw: unknown, i: number): Indicator => {
    const path = `indicators[${i}]`;
    if (!isObject(raw)) return fail(path, 'must be an object');
    const id = str(raw, 'id', path);
    if (!isIndicatorId(id)) fail(`${path}.id`, `"${id}" is not a valid indicator id`);
    if (seen.has(id as IndicatorId)) fail(`${path}.id`, `"${id}" appears twice`);
    seen.add(id as IndicatorId);
    const source = isObject(raw.source) ? raw.source : fail(`${path}.source`, 'must be an object');
    const multiplier = raw.multiplier;
    if (typeof multiplier !== 'number' || !(multiplier > 0))
      fail(`${path}.multiplier`, 'must be a positive number');
    const caveats =
      Array.isArray(raw.caveats) && raw.caveats.every((c) => typeof c === 'string')
        ? raw.caveats
        : fail(`${path}.caveats`, 'must be a list of text');
    return {
      id: id as IndicatorId,
      ...(typeof raw.fingertipsId === 'number' && { fingertipsId: raw.fingertipsId }),
      name: str(raw, 'name', path),
      shortName: str(raw, 'shortName', path),
      domain: oneOf(raw, 'domain', DOMAINS, path),
      level: oneOf(raw, 'level', LEVELS, path),
      unit: str(raw, 'unit', path),
      multiplier: multiplier as number,
      valueType: oneOf(raw, 'valueType', VALUE_TYPES, path),
      polarity: oneOf(raw, 'polarity', POLARITIES, path),
      ciMethod: oneOf(raw, 'ciMethod', CI_METHODS, path),
      source: {
        publisher: str(source, 'publisher', `${path}.source`),
        licence: oneOf(source, 'licence', LICENCES, `${path}.source`),
        attribution: str(source, 'attribution', `${path}.source`),
        url: str(source, 'url', `${path}.source`),
        extractedFrom: str(source, 'extractedFrom', `${path}.source`),
        extractDate: str(source, 'extractDate', `${path}.source`),
        ...(typeof source.downloadUrl === 'string' && { downloadUrl: source.downloadUrl }),
      },
      caveats: caveats as string[],
      file: str(raw, 'file', path),
      ...(isObject(raw.match) && { match: parseMatch(raw.match, `${path}.match`, fail) }),
      ...(raw.releases !== undefined && {
        releases: parseReleases(raw.releases, `${path}.releases`, fail),
      }),
      ...(raw.supersededBy !== undefined && {
        supersededBy: asSupersedingId(raw.supersededBy, `${path}.supersededBy`, fail),
      }),
      ...(raw.formerIds !== undefined && {
        formerIds: textList(raw.formerIds, `${path}.formerIds`, fail),
      }),
      ...(typeof raw.decimals === 'number' &&
        Number.isInteger(raw.decimals) &&
        raw.decimals >= 0 && { decimals: raw.decimals }),
      ...(raw.coverage !== undefined && {
        coverage: parseCoverage(raw.coverage, `${path}.coverage`, fail),
      }),
    };
  };
  const indicators = (json.indicators as unknown[]).flatMap((raw, i): Indicator[] => {
    if (!options.skipBadIndicators) return [parseIndicator(raw, i)];
    try {
      return [parseIndicator(raw, i)];
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      const id = isObject(raw) && typeof raw.id === 'string' ? ` ("${raw.id.slice(0, 60)}")` : '';
      problems.push(`${error.message}: that entry${id} is left out.`);
      return [];
    }
  });

  return {
    schemaVersion: 1,
    dataVersion: str(json, 'dataVersion', 'catalogue'),
    label: str(json, 'label', 'catalogue'),
    ...(typeof json.updatedFrom === 'string' &&
      json.updatedFrom !== '' && { updatedFrom: json.updatedFrom }),
    extractDate: str(json, 'extractDate', 'catalogue'),
    indicators,
    ...(problems.length > 0 && { problems }),
    ...(Array.isArray(json.failedFiles) &&
      json.failedFiles.length > 0 && {
        failedFiles: json.failedFiles.filter((f): f is string => typeof f === 'string'),
      }),
    ...(json.parityPairs !== undefined && { parityPairs: parsePairs(json.parityPairs, fail) }),
    reference: {
      areas: str(reference, 'areas', 'reference'),
      icbs: str(reference, 'icbs', 'reference'),
      providers: str(reference, 'providers', 'reference'),
      ...(reference.organisations !== undefined && {
        organisations: str(reference, 'organisations', 'reference'),
      }),
    },
  };
}

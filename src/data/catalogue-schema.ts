import * as v from 'valibot';
import {
  CI_METHODS,
  DOMAINS,
  isIndicatorId,
  LEVELS,
  LICENCES,
  POLARITIES,
  SEXES,
  VALUE_TYPES,
  type IndicatorId,
} from '../domain';

/** The keys of a labelled constant (DOMAINS) or the items of a list (CI_METHODS). */
const keysOf = <K extends string>(allowed: Readonly<Record<K, unknown>> | readonly K[]) =>
  (Array.isArray(allowed) ? allowed : Object.keys(allowed)) as K[];

const oneOf = <K extends string>(allowed: Readonly<Record<K, unknown>> | readonly K[]) => {
  const options = keysOf(allowed);
  return v.picklist(options, `must be one of ${options.join(', ')}`);
};

const text = v.pipe(
  v.string('must be a non-empty string'),
  v.nonEmpty('must be a non-empty string'),
);
const textList = v.array(v.string(), 'must be a list of text');
const indicatorId = v.pipe(
  v.string('must be an indicator id'),
  v.check(isIndicatorId, (issue) => `"${String(issue.input)}" is not a valid indicator id`),
  v.transform((id) => id as IndicatorId),
);

const SourceSchema = v.object(
  {
    publisher: text,
    licence: oneOf(LICENCES),
    attribution: text,
    url: text,
    extractedFrom: text,
    extractDate: text,
    downloadUrl: v.optional(v.string()),
  },
  'must be an object',
);

/** One indicator's entry: what it measures, how it is judged, where it comes from. */
export const IndicatorSchema = v.object(
  {
    id: indicatorId,
    fingertipsId: v.optional(v.number()),
    name: text,
    shortName: text,
    domain: oneOf(DOMAINS),
    level: oneOf(LEVELS),
    unit: text,
    multiplier: v.pipe(
      v.number('must be a positive number'),
      v.gtValue(0, 'must be a positive number'),
    ),
    valueType: oneOf(VALUE_TYPES),
    polarity: oneOf(POLARITIES),
    ciMethod: oneOf(CI_METHODS),
    source: SourceSchema,
    caveats: textList,
    file: text,
    match: v.optional(
      v.object({
        measureIds: v.optional(textList),
        names: v.optional(
          v.array(
            v.object({ name: v.string(), sex: v.optional(oneOf(SEXES)) }, 'must be { name, sex? }'),
            'must be a list of { name }',
          ),
        ),
      }),
    ),
    releases: v.optional(
      v.array(
        v.object(
          { label: v.string(), extractedFrom: v.string(), periods: textList },
          'must be { label, extractedFrom, periods }',
        ),
        'must be a list',
      ),
    ),
    supersededBy: v.optional(indicatorId),
    formerIds: v.optional(textList),
    coverage: v.optional(
      v.object(
        {
          periodCount: v.number(),
          firstPeriod: v.string(),
          latestPeriod: v.string(),
          latestEnd: v.optional(v.pipe(v.string(), v.isoDate('must be a date (YYYY-MM-DD)'))),
          hasIntervals: v.boolean(),
        },
        'must be { periodCount, firstPeriod, latestPeriod, hasIntervals }',
      ),
    ),
    decimals: v.optional(
      v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more')),
    ),
  },
  'must be an object',
);

/** The catalogue around its indicators: versions, reference tables and suggested pairs. */
export const CatalogueSchema = v.object(
  {
    // In the order a reader checks them: the first problem found is the one said.
    schemaVersion: v.literal(1, 'must be 1'),
    indicators: v.array(v.unknown(), 'must be a list'),
    reference: v.object(
      { areas: text, icbs: text, providers: text, organisations: v.optional(text) },
      'must be an object',
    ),
    dataVersion: text,
    label: text,
    updatedFrom: v.optional(v.string()),
    extractDate: text,
    parityPairs: v.optional(
      v.array(
        v.object(
          { mental: v.string(), physical: v.string(), label: v.string() },
          'must be { mental, physical, label }',
        ),
        'must be a list',
      ),
    ),
    failedFiles: v.optional(v.array(v.string())),
  },
  'must be a JSON object',
);

/** Where an issue is, as a reader finds it in the file: `indicators[3].source.url`. */
export function issuePath(issue: v.BaseIssue<unknown>, root = ''): string {
  const keys = (issue.path ?? []).map((item) => item.key);
  return keys.reduce<string>(
    (path, key) =>
      typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key),
    root,
  );
}

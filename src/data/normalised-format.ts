import type { DataPoint, Indicator } from '../domain';

/**
 * The bundled data files use the Fingertips export layout, so one reader serves both the
 * bundle and users' own exports. Provider and ICB files name the code column
 * "Organisation Code" because their codes are ODS codes, not ONS area codes.
 */
export const normalisedColumns = (indicator: Pick<Indicator, 'level'>) =>
  [
    'Indicator ID',
    indicator.level === 'borough' ? 'Area Code' : 'Organisation Code',
    'Time period',
    'Sex',
    'Age',
    'Value',
    'Lower CI 95.0 limit',
    'Upper CI 95.0 limit',
    'Lower CI 99.8 limit',
    'Upper CI 99.8 limit',
    'Count',
    'Denominator',
    'Value note',
    'Compared to England value or percentiles',
    'Recent Trend',
  ] as const;

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

/** One point as a row of the normalised layout (the order of `normalisedColumns`), as text. */
export const dataPointRow = (p: DataPoint): string[] => [
  p.indicatorId,
  p.code,
  p.period.label,
  p.sex,
  p.age,
  p.value === null ? '' : String(p.value),
  text(p.ci95?.lower),
  text(p.ci95?.upper),
  text(p.ci998?.lower),
  text(p.ci998?.upper),
  text(p.count),
  text(p.denominator),
  p.note ?? '',
  p.publishedComparison ?? '',
  p.publishedTrend ?? '',
];

/**
 * Publishers spell the same column many ways: the Fingertips website writes
 * `Lower CI 95.0 limit`, its API `Lower_CI_95.0_limit`, fingertipsR `LowerCI95.0limit`, and
 * ONS Explore Local Statistics `lci_95`. Every header is folded (lower case, no spaces or
 * underscores) and looked up in this one table.
 */
const COLUMN_ALIASES = {
  indicatorId: ['indicatorid'],
  indicatorName: ['indicatorname', 'indicator'],
  measureId: ['measureid'],
  /** ONS Explore Local Statistics: the measure within an indicator, e.g. "Mean (…)". */
  measureName: ['measure'],
  areaCode: ['areacode', 'areacd'],
  areaName: ['areaname', 'areanm'],
  areaType: ['areatype', 'geography'],
  orgCode: ['organisationcode', 'providercode', 'icbodscode', 'orgcode'],
  orgName: ['organisationname', 'providername', 'icbname', 'orgname'],
  orgType: ['organisationtype'],
  region: ['region'],
  sex: ['sex'],
  age: ['age'],
  period: ['timeperiod', 'period'],
  value: ['value', 'observation'],
  lower95: ['lowerci95.0limit', 'lowerci95limit', 'lci95', 'lowerci'],
  upper95: ['upperci95.0limit', 'upperci95limit', 'uci95', 'upperci'],
  lower998: ['lowerci99.8limit', 'lci998'],
  upper998: ['upperci99.8limit', 'uci998'],
  count: ['count'],
  numerator: ['numerator'],
  denominator: ['denominator'],
  valueNote: ['valuenote', 'sourcenote', 'notes'],
  categoryType: ['categorytype'],
  category: ['category'],
  comparedEngland: ['comparedtoenglandvalueorpercentiles'],
  recentTrend: ['recenttrend'],
  unit: ['unit'],
  status: ['status'],
} as const;

export type CanonicalColumn = keyof typeof COLUMN_ALIASES;

const foldHeader = (header: string): string =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '');

const LOOKUP: ReadonlyMap<string, CanonicalColumn> = new Map(
  (Object.entries(COLUMN_ALIASES) as [CanonicalColumn, readonly string[]][]).flatMap(
    ([canonical, aliases]) => aliases.map((alias) => [alias, canonical] as const),
  ),
);

export interface ColumnMapping {
  /** Canonical column → the header exactly as written in the file. */
  readonly columns: Partial<Record<CanonicalColumn, string>>;
  /** Headers that matched nothing: reported, not fatal. */
  readonly unknown: readonly string[];
}

export function mapColumns(headers: readonly string[]): ColumnMapping {
  const columns: Partial<Record<CanonicalColumn, string>> = {};
  const unknown: string[] = [];
  for (const header of headers) {
    const canonical = LOOKUP.get(foldHeader(header));
    if (canonical && !(canonical in columns)) columns[canonical] = header;
    else if (!canonical) unknown.push(header);
  }
  return { columns, unknown };
}

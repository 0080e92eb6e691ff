import { COMPARISON_METHODS, POLARITIES, type AreaComparison, type Indicator } from '../domain';
import type { AreasComparison } from './compare-areas';

/** A column of the comparison export: a header and the raw value for one unit. */
export interface ExportColumn {
  readonly key: string;
  readonly header: string;
  readonly value: (row: AreaComparison) => string | number | boolean | null | undefined;
}

const verdictWords = (row: AreaComparison, benchmarkName: string) => {
  const o = row.outcome;
  if (o.kind === 'not-compared') return `Not compared (${o.reason})`;
  if (o.kind === 'similar') return `Similar to ${benchmarkName}`;
  return `${o.kind[0]!.toUpperCase()}${o.kind.slice(1)} than ${benchmarkName}`;
};

/**
 * The columns of a comparison exported as data: everything a reader needs to reuse the numbers
 * without the screen (FingertipsNext and OWID export the same rows the chart shows). Shared by
 * the app's "Download CSV" and `npm run snapshot`, so both write the same file.
 */
export function comparisonCsvColumns(indicator: Indicator, model: AreasComparison): ExportColumn[] {
  const method =
    model.method === 'quintiles'
      ? 'Not compared: no confidence intervals; quintile within London only'
      : model.benchmarkValue === null
        ? `Not compared: no ${model.benchmarkName} value published for the period; ${model.ciUsed}% intervals and quintiles within London shown`
        : `${COMPARISON_METHODS[model.method]} (${model.ciUsed}%)`;
  return [
    { key: 'code', header: 'Area code', value: (r) => r.code },
    { key: 'name', header: 'Area name', value: (r) => r.name },
    { key: 'period', header: 'Period', value: () => model.period?.label },
    { key: 'sex', header: 'Sex', value: () => model.sex },
    { key: 'value', header: `Value (${indicator.unit})`, value: (r) => r.value },
    { key: 'lower', header: 'Lower limit', value: (r) => r.interval?.lower },
    { key: 'upper', header: 'Upper limit', value: (r) => r.interval?.upper },
    {
      key: 'level',
      header: 'Interval level (%)',
      value: (r) => (r.interval ? r.intervalLevel : undefined),
    },
    { key: 'source', header: 'Interval', value: (r) => r.intervalSource },
    { key: 'count', header: 'Count', value: (r) => r.count },
    { key: 'denominator', header: 'Denominator', value: (r) => r.denominator },
    { key: 'rank', header: 'Rank', value: (r) => r.rank },
    {
      key: 'rank-lower',
      header: 'Rank, 95% interval lower',
      value: (r) => r.rankInterval?.lower,
    },
    {
      key: 'rank-upper',
      header: 'Rank, 95% interval upper',
      value: (r) => r.rankInterval?.upper,
    },
    {
      key: 'verdict',
      header: `Compared with ${model.benchmarkName}`,
      value: (r) => verdictWords(r, model.benchmarkName),
    },
    { key: 'quintile', header: 'Quintile in London (1 = lowest values)', value: (r) => r.quintile },
    {
      key: 'published',
      header: 'Published comparison with England',
      value: (r) => r.publishedComparison,
    },
    { key: 'agrees', header: 'Published comparison agrees', value: (r) => r.publishedAgrees },
    { key: 'benchmark', header: 'Benchmark', value: () => model.benchmarkName },
    { key: 'benchmark-value', header: 'Benchmark value', value: () => model.benchmarkValue },
    { key: 'method', header: 'Method', value: () => method },
    { key: 'polarity', header: 'Polarity', value: () => POLARITIES[indicator.polarity] },
    { key: 'indicator-id', header: 'Indicator id', value: () => indicator.id },
    { key: 'indicator', header: 'Indicator', value: () => indicator.name },
    { key: 'publisher', header: 'Publisher', value: () => indicator.source.publisher },
    { key: 'source', header: 'Source', value: () => indicator.source.url },
    { key: 'note', header: 'Note', value: (r) => r.note },
  ];
}

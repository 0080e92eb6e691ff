import type { ChartStamp, Indicator, LegendGroup, TableSpec } from '../../domain';
import type { TrendSeries } from '../trend/build-trend-series';

/** What every spec says of the data it comes from: the catalogue's version and label. */
export interface SpecContext {
  /** The catalogue's data version, e.g. "snapshot-2026-11-29". */
  readonly dataVersion: string;
  /** What the header says is shown, e.g. "Bundled snapshot". */
  readonly dataLabel: string;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/**
 * The source line of a chart: each publisher's attribution once (it carries the licence), and
 * the extract date of every dataset drawn from, so no image leaves without its provenance.
 */
export function sourceLine(
  indicators: readonly Pick<Indicator, 'source'>[],
  context: SpecContext,
  extra?: string,
): string {
  const attributions = unique(indicators.map((i) => i.source.attribution));
  const dates = unique(indicators.map((i) => i.source.extractDate)).sort();
  const extracted =
    dates.length > 0
      ? `Extracted ${dates.join(', ')}${context.dataLabel ? ` (${context.dataLabel})` : ''}.`
      : '';
  return [...attributions, extra, extracted].filter(Boolean).join(' ');
}

/** The periods shown and the extract dates of the data: the stamp on every image. */
export function stampOf(
  periods: readonly (string | undefined)[],
  indicators: readonly Pick<Indicator, 'source'>[],
  context: SpecContext,
): ChartStamp {
  return {
    periods: unique(periods.filter((p): p is string => Boolean(p))),
    extractDates: unique(indicators.map((i) => i.source.extractDate)).sort(),
    dataVersion: context.dataVersion,
  };
}

/** "2011/12 to 2023/24" for a run of periods, or the one period. */
export const periodRange = (periods: readonly string[]): string | undefined =>
  periods.length === 0
    ? undefined
    : periods.length === 1
      ? periods[0]
      : `${periods[0]} to ${periods[periods.length - 1]}`;

/** A trend's key: each line's name beside its colour and dash, and "no value" where none is. */
export function trendLegend(series: TrendSeries): LegendGroup[] {
  const hasValue = (key: string) => series.data.some((row) => typeof row[key] === 'number');
  return [
    {
      entries: series.lines.map((line) => ({
        label: hasValue(line.key) ? line.name : `${line.name} (no value published)`,
        shape: 'line' as const,
        stroke: line.colour,
        dash: line.dash,
      })),
    },
  ];
}

/**
 * A tidy table with the indicator, its unit and the sex in their own columns, first, so a CSV
 * row says what it measures without the file name.
 */
export function withIndicator<Row>(
  table: TableSpec<Row>,
  indicator: Pick<Indicator, 'id' | 'name' | 'unit'>,
  sex?: string,
): TableSpec<Row> {
  return {
    ...table,
    columns: [
      { key: 'indicator-id', header: 'Indicator id', value: () => indicator.id },
      { key: 'indicator', header: 'Indicator', value: () => indicator.name },
      { key: 'unit', header: 'Unit', value: () => indicator.unit },
      ...(sex !== undefined ? [{ key: 'sex', header: 'Sex', value: () => sex }] : []),
      ...table.columns,
    ],
  };
}

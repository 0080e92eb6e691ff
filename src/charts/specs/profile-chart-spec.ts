import { DOMAINS, type Area, type IndicatorDomain } from '../../domain';
import type { SpineRow } from '../spine/spine-row';
import { spineTableSpec } from '../spine/spine-table-spec';
import type { KindSpec } from './chart-kinds';
import { sourceLine, stampOf, type SpecContext } from './spec-parts';

/** One domain of a borough's profile: its spine of indicators against London's range. */
export function profileChartSpec(
  section: {
    readonly domain: IndicatorDomain;
    readonly rows: readonly SpineRow[];
    readonly summary: string;
  },
  borough: Pick<Area, 'name'>,
  benchmarkName: string,
  context: SpecContext,
): KindSpec<'spine', SpineRow> {
  const indicators = [...new Set(section.rows.map((r) => r.indicator))];
  const periods = [...new Set(section.rows.map((r) => r.periodLabel))].sort();
  return {
    kind: 'spine',
    title: `${DOMAINS[section.domain]}: ${borough.name}`,
    subtitle: `${section.summary} Latest period of each indicator, given in each row (${periods[0] ?? ''}${periods.length > 1 ? ` to ${periods[periods.length - 1]}` : ''}).`,
    description: `Spine chart of ${borough.name} on ${section.rows.length} indicators; the table gives every value.`,
    source: sourceLine(
      indicators,
      context,
      "Bars: London's range and inter-quartile range; line: the benchmark; marker: the borough, with its comparison symbol. Better is to the right; indicators with no judgement run low to high.",
    ),
    stamp: stampOf(periods, indicators, context),
    legend: [],
    marks: { rows: section.rows, boroughName: borough.name, benchmarkName },
    table: spineTableSpec(
      section.rows,
      `${DOMAINS[section.domain]} indicators for ${borough.name}`,
      borough.name,
      benchmarkName,
    ),
    fileParts: [borough.name, DOMAINS[section.domain], 'profile', `vs-${benchmarkName}`],
  };
}

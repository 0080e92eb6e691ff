import type { AreaComparison, Indicator, LegendGroup, Provider, TableSpec } from '../../domain';
import type { AreasComparison } from '../../model/compare-areas';
import type { LondonReference } from '../../model/london-reference';
import { LEVEL_NAMES } from '../../model/measure-topics';
import type { ProviderFunnel } from '../../model/provider-funnel';
import type { ProviderTrendRow } from '../../model/provider-trend';
import { DISPERSION_WORDS } from '../funnel/dispersion-words';
import { JUDGEMENT_FILL } from '../funnel/funnel-marks';
import { funnelTableSpec, type FunnelTableRow } from '../funnel/funnel-table-spec';
import type { RankedBarSeries } from '../ranked-bar/build-ranked-bar-series';
import { formatValue } from '../shared/format-value';
import { comparisonLegend, referenceDash } from '../shared/outcome-legend-groups';
import { rankedComparisonTable } from './ranked-chart-spec';
import type { TileMapSeries } from '../tile-map/build-tile-map-series';
import type { TrendSeries } from '../trend/build-trend-series';
import { providerTrendTableSpec } from '../trend/provider-trend-table-spec';
import type { KindSpec } from './chart-kinds';
import { periodRange, sourceLine, stampOf, trendLegend, type SpecContext } from './spec-parts';
import { CHART_COLOURS as C } from '../shared/chart-colours';

const SPIEGELHALTER =
  'Spiegelhalter DJ. Handling over-dispersion of performance indicators. Qual Saf Health Care 2005;14:347–351; Funnel plots for comparing institutional performance. Stat Med 2005;24:1185–1202';

const TARGET_WORDS: Record<ProviderFunnel['targetSource'], string> = {
  england: 'England value as published',
  pooled: 'all organisations pooled: no England value published for this period',
  'ratio-one': 'observed equals expected',
};

/** φ and τ² in words, with what they did to the limits. */
function describeDispersion(funnel: ProviderFunnel): string {
  const d = funnel.dispersion;
  if (!d) return 'Over-dispersion not allowed for: limits assume only chance variation.';
  const phi = `φ = ${d.phi.toFixed(2)} from ${d.k} organisations (z-scores Winsorised at 10%)`;
  const tau = d.mode === 'additive' ? `, τ² = ${formatValue(d.tau2, 3)}` : '';
  const effect = d.widened
    ? 'the limits are widened accordingly'
    : 'no over-dispersion found (φ ≤ 1), so the limits are unchanged';
  return `${DISPERSION_WORDS[d.mode]}: ${phi}${tau}; ${effect}.`;
}

const funnelLegend = (funnel: ProviderFunnel): LegendGroup[] => [
  {
    entries: [
      { label: '● within the 95% limits', shape: 'none' },
      { label: '△ ▽ outside 95% (open)', shape: 'none' },
      { label: '▲ ▼ outside 99.8% (filled)', shape: 'none' },
      { label: 'better', shape: 'square', fill: JUDGEMENT_FILL.better },
      { label: 'worse', shape: 'square', fill: JUDGEMENT_FILL.worse },
      {
        label:
          'large, outlined: London (named when outside 99.8%, where there is room) · largest, bold name: chosen',
        shape: 'none',
      },
      {
        label: `${formatValue(funnel.target, 2)}: ${TARGET_WORDS[funnel.targetSource]}`,
        shape: 'line',
      },
      { label: '95% limits', shape: 'line', stroke: C.muted, dash: '6 4' },
      { label: '99.8% limits', shape: 'line', stroke: C.ink },
    ],
  },
];

/** "Is it really different, or noise?": every organisation in England against its size. */
export function funnelChartSpec(
  measure: Indicator,
  funnel: ProviderFunnel,
  context: SpecContext,
): KindSpec<'funnel', FunnelTableRow> {
  const london = funnel.units.filter((u) => u.london).length;
  const period = funnel.period.label;
  return {
    kind: 'funnel',
    title: `Is it really different, or noise? ${measure.shortName} against size`,
    subtitle: [
      period,
      london === funnel.units.length
        ? `${london} London organisations (no others in this data)`
        : `${funnel.units.length} organisations in England, ${london} in London`,
      `${funnel.londonOutside998} of London's outside the 99.8% limits, ${funnel.londonOutside95} outside 95%`,
      describeDispersion(funnel),
    ].join(' · '),
    description: `Funnel plot of ${measure.shortName} for ${funnel.units.length} organisations by ${funnel.xLabel.toLowerCase()}; the table lists each with its place against the limits.`,
    source: sourceLine(
      [measure],
      context,
      `Limits: Wilson (proportions) or exact Poisson (ratios), as PHEindicatormethods; over-dispersion: ${SPIEGELHALTER}.`,
    ),
    stamp: stampOf([period], [measure], context),
    legend: funnelLegend(funnel),
    marks: { funnel, unit: measure.unit },
    table: funnelTableSpec(funnel, {
      caption: `${measure.shortName}, ${period}: every organisation in England against the funnel`,
      unit: measure.unit,
      decimals: measure.decimals ?? 1,
      indicator: measure,
    }),
    fileParts: [measure.shortName, period, 'funnel'],
  };
}

/** "How do London's trusts compare?": London's organisations ranked, with England and London. */
export function providerRankedChartSpec(
  measure: Indicator,
  ranked: AreasComparison,
  series: RankedBarSeries,
  london: LondonReference | undefined,
  context: SpecContext,
): KindSpec<'ranked-bar', AreaComparison> {
  const period = ranked.period?.label;
  const decimals = measure.decimals ?? 1;
  const references = [
    ...ranked.references
      .filter((r) => r.label === 'England')
      .map((r) => ({ ...r, dash: referenceDash(r.label) })),
    ...(london ? [{ label: 'London', value: london.value, dash: referenceDash('London') }] : []),
  ];
  return {
    kind: 'ranked-bar',
    title: `How do London's ${LEVEL_NAMES[measure.level]}s compare? ${measure.shortName}`,
    subtitle: [
      period,
      ranked.method === 'quintiles'
        ? 'no intervals: not compared with England'
        : `compared with England by ${ranked.ciUsed}% interval (published, or computed from counts where marked)`,
      london && !london.published ? london.label : undefined,
    ]
      .filter(Boolean)
      .join(' · '),
    description: `Bar chart of ${measure.shortName} for London organisations, ${period ?? ''}. The table gives every value.`,
    source: sourceLine([measure], context),
    stamp: stampOf([period], [measure], context),
    legend: comparisonLegend(measure, ranked, references, { decimals }),
    marks: { series, references, unit: measure.unit, labelWidth: 300 },
    table: rankedComparisonTable(
      measure,
      ranked,
      `${measure.shortName}, ${period ?? ''}: London organisations ranked`,
      decimals,
    ),
    fileParts: [measure.shortName, period, 'london-ranked'],
  };
}

/** "Is it changing?": one organisation (and its predecessors) over time, with England. */
export function providerTrendChartSpec(
  measure: Indicator,
  series: TrendSeries,
  rows: readonly ProviderTrendRow[],
  names: ReadonlyMap<string, string>,
  chosenName: string,
  context: SpecContext,
): KindSpec<'trend', ProviderTrendRow> {
  const periods = series.data.map((d) => String(d.period));
  return {
    kind: 'trend',
    title: `Is it changing? ${chosenName}: ${measure.shortName} over time`,
    subtitle: [
      periodRange(periods),
      `${rows.length} values with England`,
      'bands: 95% intervals (published, or Wilson/Poisson from counts)',
      "predecessors shown as their own lines; each period's funnel verdict is in the table",
    ].join(' · '),
    description: `Line chart of ${measure.shortName} for ${chosenName} and England over time; the table gives every value and verdict.`,
    source: sourceLine([measure], context),
    stamp: stampOf(periods, [measure], context),
    legend: trendLegend(series),
    marks: { series, unit: measure.unit },
    table: providerTrendTableSpec(rows, names, {
      caption: `${chosenName}: ${measure.shortName} over time`,
      unit: measure.unit,
      decimals: measure.decimals ?? 1,
    }),
    fileParts: [chosenName, measure.shortName, periodRange(periods), 'over-time'],
  };
}

/** "Which boroughs does each mental health trust serve?": the tile map of trusts' areas. */
export function serviceAreaChartSpec(
  tiles: TileMapSeries,
  table: TableSpec<Provider>,
  legend: LegendGroup,
  context: SpecContext,
): KindSpec<'tile-map', Provider> {
  return {
    kind: 'tile-map',
    title: 'Which boroughs does each mental health trust serve?',
    subtitle:
      "Each square is a borough, with its trust's initials; the chosen trust's boroughs are filled (●). Merged trusts are listed with their predecessors, never joined.",
    description:
      "Map of London's boroughs as squares, each labelled with the initials of the trust that serves it; the table lists each trust's boroughs.",
    source:
      "Trust service areas: the Atlas's reference table, from trust, CQC and ODS pages (see its notes).",
    stamp: { periods: [], extractDates: [], dataVersion: context.dataVersion },
    legend: [legend],
    marks: { series: tiles },
    table,
    fileParts: ['mental-health-trusts', 'boroughs-served'],
  };
}

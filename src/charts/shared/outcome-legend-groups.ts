import type { AreasComparison } from '../../model/compare-areas';
import { formatValue } from './format-value';
import type {
  AreaComparison,
  ComparisonMethod,
  Indicator,
  LegendEntry,
  LegendGroup,
  OutcomeKind,
  Polarity,
} from '../../domain';
import { JUDGED_FIFTH_FILLS, NEUTRAL_QUINTILE_FILLS, OUTLINE, styleOfKind } from './outcome-style';
import { SELECTED_MARK } from './selected-mark';
import { CHART_COLOURS as C } from './chart-colours';

export interface OutcomeLegendInput {
  readonly rows: readonly Pick<AreaComparison, 'outcome' | 'quintile'>[];
  /** Polarities of the indicators shown: which quintile ramps to explain. */
  readonly polarities: readonly Polarity[];
  readonly method: ComparisonMethod;
  readonly benchmarkName: string;
  /** Reference lines drawn on the chart, with their values where known ("England 30.23"). */
  readonly references: readonly { readonly label: string; readonly value?: string }[];
  /** Whether the chart shades the best quartile. */
  readonly bestQuartile?: boolean;
}

const VERDICTS: readonly OutcomeKind[] = [
  'better',
  'similar',
  'worse',
  'higher',
  'lower',
  'not-compared',
];

/** The dash of each benchmark line on a chart and in its key. */
const REFERENCE_DASH: Readonly<Record<string, string>> = { England: '6 3', London: '2 2' };
export const referenceDash = (label: string): string => REFERENCE_DASH[label] ?? '4 4';

/**
 * The key of a chart of verdicts, listing only what is shown: the verdicts against the
 * benchmark, then, apart and labelled as placement rather than comparison, the quintile ramps
 * (neutral for no-judgement indicators, worst-to-best for the others), the reference lines, the
 * best-quartile band and the selected mark.
 */
export function outcomeLegendGroups({
  rows,
  polarities,
  benchmarkName,
  references,
  bestQuartile = false,
}: OutcomeLegendInput): LegendGroup[] {
  const placed = rows.some((r) => r.outcome.kind === 'not-compared' && r.quintile !== undefined);
  const present = new Set(
    rows
      .filter((r) => !(r.outcome.kind === 'not-compared' && r.quintile !== undefined))
      .map((r) => r.outcome.kind),
  );
  const verdicts = VERDICTS.filter((k) => present.has(k)).map((kind): LegendEntry => {
    const style = styleOfKind(kind);
    return { label: style.label, shape: 'square', fill: style.fill, symbol: style.symbol };
  });
  const others: LegendEntry[] = [];
  if (placed && polarities.includes('no-judgement'))
    others.push({
      label: 'no judgement: lowest to highest',
      shape: 'square',
      ramp: NEUTRAL_QUINTILE_FILLS.map((fill, i) => ({ fill, symbol: `Q${i + 1}` })),
    });
  if (placed && polarities.some((p) => p !== 'no-judgement'))
    others.push({
      label: 'worst fifth to best fifth (darker is better)',
      shape: 'square',
      ramp: JUDGED_FIFTH_FILLS.map((fill) => ({ fill })),
    });
  for (const r of references)
    others.push({
      label: `${r.label} value${r.value ? ` ${r.value}` : ''}`,
      shape: 'line',
      stroke: OUTLINE,
      dash: referenceDash(r.label),
    });
  if (bestQuartile)
    others.push({
      label: 'best quartile',
      shape: 'band',
      fill: C.bestBand,
      stroke: C.bestBandEdge,
      dash: '2 2',
    });
  others.push({ label: `${SELECTED_MARK} selected`, shape: 'none' });
  return [
    ...(verdicts.length > 0
      ? [{ heading: `Compared with ${benchmarkName}`, entries: verdicts }]
      : []),
    {
      ...(placed && {
        heading:
          'Quintile within London, not a comparison (Q1 = lowest fifth of values, Q5 = highest)',
      }),
      entries: others,
    },
  ];
}

/** The key of a comparison's chart: its verdicts or quintiles, and its benchmark lines' values. */
export const comparisonLegend = (
  indicator: Pick<Indicator, 'polarity' | 'decimals'>,
  model: Pick<AreasComparison, 'rows' | 'method' | 'benchmarkName'>,
  references: readonly { readonly label: string; readonly value: number }[],
  options: { readonly bestQuartile?: boolean; readonly decimals?: number } = {},
): LegendGroup[] =>
  outcomeLegendGroups({
    rows: model.rows,
    polarities: [indicator.polarity],
    method: model.method,
    benchmarkName: model.benchmarkName,
    references: references.map((r) => ({
      label: r.label,
      value: formatValue(r.value, options.decimals ?? indicator.decimals ?? 2),
    })),
    bestQuartile: options.bestQuartile ?? false,
  });

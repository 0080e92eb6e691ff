import {
  DOMAINS,
  SUB_REGIONS,
  type Area,
  type AreaComparison,
  type Indicator,
  type IndicatorDomain,
  type SubRegion,
} from '../../domain';
import { formatValue } from '../shared/format-value';
import { describeOutcome, describeRow, displayStyle } from '../shared/outcome-style';
import { CHART_COLOURS as C } from '../shared/chart-colours';

/** One indicator's comparisons for the rug (a row). */
export interface RugIndicatorInput {
  readonly indicator: Indicator;
  readonly periodLabel: string;
  readonly sex: string;
  readonly rows: readonly AreaComparison[];
  readonly benchmarkName: string;
  readonly method: 'ci' | 'quintiles';
  readonly london?: number;
  readonly england?: number;
}

export interface RugCell {
  readonly code: string;
  readonly fill: string;
  readonly symbol: string;
  /** The whole story in words: "Barnet, Depression prevalence 2022/23: 7.1 %, Similar to England". */
  readonly label: string;
  readonly selected: boolean;
  readonly value: string;
  readonly outcome: string;
  /** The verdict alone: a significance comparison or "Not compared" with the reason. */
  readonly verdict: string;
  /** 1 (lowest fifth of values) to 5, where placed. */
  readonly quintile?: number;
  /** Why the cell was not compared, where it was not. */
  readonly notComparedReason?: string;
}

export interface RugRow {
  /** Unique per indicator and sex: an indicator published by sex has a row per sex. */
  readonly key: string;
  readonly indicator: Indicator;
  readonly title: string;
  readonly cells: readonly RugCell[];
  readonly london: string;
  readonly england: string;
  readonly method: 'ci' | 'quintiles';
}

interface RugColumnGroup {
  readonly label: string;
  readonly boroughs: readonly Area[];
}

export interface RugSeries {
  readonly columnGroups: readonly RugColumnGroup[];
  readonly rowGroups: readonly { readonly label: string; readonly rows: readonly RugRow[] }[];
}

/**
 * The overview's tartan rug: rows are indicators grouped Mental health / Physical health /
 * Context, columns the boroughs grouped by ICB sub-region. Pure: comparisons come in, props out.
 */
export function buildRugSeries(
  inputs: readonly RugIndicatorInput[],
  boroughs: readonly Area[],
): RugSeries {
  const columnGroups = (Object.keys(SUB_REGIONS) as SubRegion[]).map((key) => ({
    label: SUB_REGIONS[key],
    boroughs: boroughs
      .filter((b) => b.subRegion === key)
      .sort((a, b) => a.name.localeCompare(b.name)),
  }));
  const ordered = columnGroups.flatMap((g) => g.boroughs);
  const toRow = (input: RugIndicatorInput): RugRow => {
    const byCode = new Map(input.rows.map((r) => [r.code as string, r]));
    const title = `${input.indicator.shortName}, ${input.periodLabel}${input.sex !== 'Persons' ? `, ${input.sex}` : ''}`;
    return {
      key: `${input.indicator.id}|${input.sex}`,
      indicator: input.indicator,
      title,
      method: input.method,
      // The same decimals as the cells and the other views: the catalogue's, else 2.
      london: formatValue(input.london, input.indicator.decimals ?? 2),
      england: formatValue(input.england, input.indicator.decimals ?? 2),
      cells: ordered.map((area) => {
        const row = byCode.get(area.code);
        const polarity = input.indicator.polarity;
        const outcome = row
          ? describeRow(row, input.benchmarkName, polarity)
          : `Not compared with ${input.benchmarkName} (no data)`;
        const style = row ? displayStyle(row, polarity) : { fill: C.paper, symbol: '·' };
        const value =
          row?.value == null
            ? 'no value'
            : `${formatValue(row.value, input.indicator.decimals ?? 2)} ${input.indicator.unit}${row.combinedArea ? ` (${row.combinedArea} combined)` : ''}`;
        return {
          verdict: row
            ? describeOutcome(row.outcome, input.benchmarkName)
            : `Not compared (no data)`,
          ...(row?.quintile !== undefined && { quintile: row.quintile }),
          ...(!row
            ? { notComparedReason: 'no data' }
            : row.outcome.kind === 'not-compared' && { notComparedReason: row.outcome.reason }),
          code: area.code,
          fill: style.fill,
          symbol: style.symbol,
          selected: row?.selected ?? false,
          value,
          outcome,
          // Ends with the visible symbol, so the accessible name contains the visible text (WCAG 2.5.3).
          label: `${area.name}, ${title}: ${value}, ${outcome}${row?.value == null && row?.note ? ` (${row.note})` : ''} [${style.symbol}]`,
        };
      }),
    };
  };
  const rowGroups = (Object.keys(DOMAINS) as IndicatorDomain[])
    .map((domain) => ({
      label: DOMAINS[domain],
      rows: inputs.filter((i) => i.indicator.domain === domain).map(toRow),
    }))
    .filter((g) => g.rows.length > 0);
  return { columnGroups, rowGroups };
}

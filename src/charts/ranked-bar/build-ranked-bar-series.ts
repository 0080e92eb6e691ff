import { scaleLinear } from 'd3-scale';
import type { AreaComparison, Polarity } from '../../domain';
import { formatValue } from '../shared/format-value';
import { displayStyle } from '../shared/outcome-style';
import { SELECTED_MARK } from '../shared/selected-mark';

export interface RankedBarDatum {
  readonly code: string;
  /** Axis label: the name, with a marker when the area is selected. */
  readonly label: string;
  readonly value: number;
  /** The confidence interval at the level shown: [lower, upper]. */
  readonly ci?: readonly [number, number];
  readonly fill: string;
  readonly symbol: string;
  readonly valueLabel: string;
  readonly selected: boolean;
}

export interface RankedBarSeries {
  readonly data: readonly RankedBarDatum[];
  readonly domain: readonly [number, number];
  readonly hasIntervals: boolean;
  /**
   * Bars where zero is meaningful; dots (and whiskers) where it is not, such as years of life
   * or mean scores, because a bar that does not start at zero misleads.
   */
  readonly mark: 'bar' | 'dot';
}

/**
 * Turns ranked comparisons into the ranked chart's marks. Zero is meaningful unless the caller says not. Areas without a value are left out of the
 * bars (the table twin lists them with the reason); the axis always includes 0 for
 * non-negative data, so bar lengths stay honest, and stretches to fit every interval.
 */
export function buildRankedBarSeries(
  rows: readonly AreaComparison[],
  polarity: Polarity,
  { zeroIsMeaningful = true }: { readonly zeroIsMeaningful?: boolean } = {},
): RankedBarSeries {
  const data = rows.flatMap((row): RankedBarDatum[] => {
    if (row.value === null) return [];
    const style = displayStyle(row, polarity);
    return [
      {
        code: row.code,
        label: row.selected ? `${SELECTED_MARK} ${row.name}` : row.name,
        value: row.value,
        ...(row.interval && { ci: [row.interval.lower, row.interval.upper] as const }),
        fill: style.fill,
        symbol: style.symbol,
        valueLabel: `${formatValue(row.value)} ${style.symbol}`,
        selected: row.selected,
      },
    ];
  });
  const extremes = rows.flatMap((r) =>
    r.value === null ? [] : [r.value, r.interval?.lower ?? r.value, r.interval?.upper ?? r.value],
  );
  const floor = zeroIsMeaningful ? [0] : [];
  const min = Math.min(...floor, ...extremes);
  const max = Math.max(...floor, ...extremes);
  // Round the ends out to "nice" values (d3-scale), so the axis ends on a tick, not 54.4086….
  const [niceMin, niceMax] = scaleLinear()
    .domain([min, max === min ? min + 1 : max])
    .nice(6)
    .domain() as [number, number];
  return {
    data,
    domain: [niceMin, niceMax],
    mark: zeroIsMeaningful ? 'bar' : 'dot',
    hasIntervals: data.some((d) => d.ci),
  };
}

import { scaleLinear } from 'd3-scale';
import { memo } from 'react';
import { OUTLINE } from '../shared/outcome-style';
import type { ReferenceValue } from '../specs/chart-kinds';
import type { RankedBarDatum, RankedBarSeries } from './build-ranked-bar-series';
import { CHART_COLOURS as C } from '../shared/chart-colours';

export interface RankedBarChartProps {
  readonly series: RankedBarSeries;
  readonly references: readonly ReferenceValue[];
  readonly unit: string;
  /** Fixed width in pixels; omitted, the chart fills its container. */
  readonly width?: number;
  /** The best quartile's span on the value axis, shaded (judged indicators only). */
  readonly bestQuartile?: { readonly from: number; readonly to: number };
  /** Short text for screen readers; the table twin carries the numbers. */
  readonly description: string;
  /** Room for the names on the axis; organisations' names are longer than boroughs'. */
  readonly labelWidth?: number;
  /**
   * One SVG of this width in absolute units, for an image file: no HTML grid and no percentages,
   * which only a browser lays out.
   */
  readonly standalone?: boolean;
  /** Each name's row, in pixels (22); an image on a fixed page sets it to fit. */
  readonly rowHeight?: number;
}

/** A place along the plot, from percent of its width: "12.5%" on screen, units in an image. */
type Position = (percentOfWidth: number) => string | number;

const ROW_HEIGHT = 22;
/** The bar's share of its row. */
const BAR_SHARE = 14 / 22;
const TOP = 24;
/** Tick labels and the unit under the plot. */
const AXIS_HEIGHT = 46;
/** Room right of the plot for the value past the last whisker. */
const VALUE_ROOM = 56;
const FONT_SIZE = 13;
const GRID = C.rankedGrid;
/** About the widest character at 13px: names longer than their column are cut with "…". */
const CHARACTER_WIDTH = 7.2;

/** The name as it fits its column; the full name stays in a tooltip and in the table twin. */
function fitLabel(label: string, labelWidth: number): string {
  const room = Math.floor((labelWidth - 10) / CHARACTER_WIDTH);
  return label.length <= room ? label : `${label.slice(0, Math.max(room - 1, 1)).trimEnd()}…`;
}

const percent: Position = (p) => `${p.toFixed(3)}%`;

function Mark({
  datum,
  y,
  at,
  base,
  dot,
  pos,
  row,
}: {
  readonly datum: RankedBarDatum;
  readonly y: number;
  readonly row: number;
  /** A value's place along the plot, in percent of its width. */
  readonly at: (v: number) => number;
  readonly base: number;
  readonly dot: boolean;
  readonly pos: Position;
}) {
  const x = (v: number) => pos(at(v));
  const mid = y + row / 2;
  const stroke = { stroke: OUTLINE, strokeWidth: datum.selected ? 2.5 : 0.5 };
  const from = Math.min(base, datum.value);
  const to = Math.max(base, datum.value);
  const ci = datum.ci;
  return (
    <g className="ranked-bar__mark" data-code={datum.code}>
      {dot ? (
        <>
          <line x1={pos(0)} x2={pos(100)} y1={mid} y2={mid} stroke={C.guide} strokeWidth={1} />
          <circle
            className="ranked-bar__bar"
            cx={x(datum.value)}
            cy={mid}
            r={7}
            fill={datum.fill}
            {...stroke}
          />
        </>
      ) : (
        <rect
          className="ranked-bar__bar"
          x={x(from)}
          width={pos(at(to) - at(from))}
          y={mid - (row * BAR_SHARE) / 2}
          height={row * BAR_SHARE}
          fill={datum.fill}
          {...stroke}
        />
      )}
      {ci && (
        <g className="ci-whisker" stroke={OUTLINE} strokeWidth={1.4}>
          <line x1={x(ci[0])} x2={x(ci[1])} y1={mid} y2={mid} />
          <line x1={x(ci[0])} x2={x(ci[0])} y1={mid - 4} y2={mid + 4} />
          <line x1={x(ci[1])} x2={x(ci[1])} y1={mid - 4} y2={mid + 4} />
        </g>
      )}
    </g>
  );
}

/** The value past whichever ends last, the bar or its whisker; drawn above the benchmark lines. */
function ValueLabel({
  datum,
  y,
  at,
  pos,
  row,
}: {
  readonly datum: RankedBarDatum;
  readonly y: number;
  readonly at: (v: number) => number;
  readonly pos: Position;
  readonly row: number;
}) {
  const labelAt = Math.max(datum.value, datum.ci ? datum.ci[1] : datum.value);
  return (
    // A white halo keeps the value legible where a benchmark line crosses it.
    <text
      x={pos(at(labelAt))}
      dx={6}
      y={y + row / 2 + 4}
      fontSize={Math.max(9, Math.min(12, row - 2))}
      fill={C.ink}
      stroke={C.paper}
      strokeWidth={3}
      paintOrder="stroke"
    >
      {datum.valueLabel}
    </text>
  );
}

/**
 * Horizontal ranked bars with CI whiskers and benchmark lines, drawn as plain SVG. The names sit
 * in one SVG of fixed width and the plot in another whose x positions are percentages of its
 * width, so the chart fits any container without measuring it: the same markup is drawn at
 * build time (the prerendered first view) and in the browser, and nothing is re-laid out on
 * resize. Props only: no stores, no queries.
 */
export const RankedBarChart = memo(function RankedBarChart({
  series,
  references,
  unit,
  width,
  bestQuartile,
  description,
  labelWidth = 190,
  standalone = false,
  rowHeight = ROW_HEIGHT,
}: RankedBarChartProps) {
  const row = rowHeight;
  // Names shrink with their rows in a fitted image, never below 9.
  const font = Math.max(9, Math.min(FONT_SIZE, row - 2));
  const rows = series.data.length;
  const plotBottom = TOP + rows * row;
  const height = plotBottom + AXIS_HEIGHT;
  // The axis stretches to every benchmark line and the best quartile, so none sits off the plot.
  const extremes = [
    ...series.domain,
    ...references.map((r) => r.value),
    ...(bestQuartile ? [bestQuartile.from, bestQuartile.to] : []),
  ];
  const axis = scaleLinear()
    .domain([Math.min(...extremes), Math.max(...extremes)])
    .nice(6);
  const [d0] = axis.domain() as [number, number];
  const scale = axis.copy().range([0, 100]);
  const plotWidth = (width ?? 800) - labelWidth - VALUE_ROOM;
  const pos: Position = standalone ? (p) => (p / 100) * plotWidth : percent;
  const x = (v: number) => pos(scale(v));
  // Dots start at the axis start: zero is not on a years or score axis.
  const base = series.mark === 'dot' ? d0 : 0;
  const ticks = axis.ticks(6);
  const format = axis.tickFormat(6);
  const names = (
    <>
      {series.data.map((d, i) => {
        const shown = fitLabel(d.label, labelWidth);
        return (
          <text
            key={d.code}
            className="ranked-bar__label"
            x={labelWidth - 8}
            y={TOP + i * row + row / 2 + 4}
            textAnchor="end"
            fontSize={font}
            fontWeight={d.selected ? 700 : undefined}
            fill={C.ink}
          >
            {shown !== d.label && <title>{d.label}</title>}
            {shown}
          </text>
        );
      })}
    </>
  );
  const plot = (
    <>
      {ticks.map((t) => (
        <line key={t} x1={x(t)} x2={x(t)} y1={TOP} y2={plotBottom} stroke={GRID} />
      ))}
      {bestQuartile && (
        <rect
          className="ranked-bar__best-quartile"
          x={x(Math.min(bestQuartile.from, bestQuartile.to))}
          width={pos(Math.abs(scale(bestQuartile.to) - scale(bestQuartile.from)))}
          y={TOP}
          height={plotBottom - TOP}
          fill={C.bestBand}
          fillOpacity={0.6}
          stroke={C.bestBandEdge}
          strokeDasharray="2 2"
        />
      )}
      {series.data.map((d, i) => (
        <Mark
          key={d.code}
          datum={d}
          y={TOP + i * row}
          at={scale}
          base={base}
          dot={series.mark === 'dot'}
          pos={pos}
          row={row}
        />
      ))}
      {/* Named, with its value, in the legend: labels on close lines would print over each other. */}
      {references.map((r) => (
        <line
          key={r.label}
          className="ranked-bar__reference"
          x1={x(r.value)}
          x2={x(r.value)}
          y1={TOP - 8}
          y2={plotBottom}
          stroke={OUTLINE}
          strokeDasharray={r.dash}
          strokeWidth={1.5}
        />
      ))}
      {series.data.map((d, i) => (
        <ValueLabel key={d.code} datum={d} y={TOP + i * row} at={scale} pos={pos} row={row} />
      ))}
      <line x1={pos(0)} x2={pos(100)} y1={plotBottom} y2={plotBottom} stroke={C.axis} />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={plotBottom} y2={plotBottom + 6} stroke={C.axis} />
          <text x={x(t)} y={plotBottom + 20} textAnchor="middle" fontSize={FONT_SIZE} fill={C.ink}>
            {format(t)}
          </text>
        </g>
      ))}
      <text x={pos(50)} y={plotBottom + 40} textAnchor="middle" fontSize={FONT_SIZE} fill={C.ink}>
        {unit}
      </text>
    </>
  );
  if (standalone)
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width ?? 800} ${height}`}
      >
        <g>{names}</g>
        <g transform={`translate(${labelWidth} 0)`}>{plot}</g>
      </svg>
    );
  return (
    <div
      className="ranked-bar"
      role="img"
      aria-label={description}
      style={{
        gridTemplateColumns: `${labelWidth}px minmax(0, 1fr) ${VALUE_ROOM}px`,
        ...(width !== undefined && { width }),
      }}
    >
      <svg width={labelWidth} height={height} aria-hidden="true" className="ranked-bar__names">
        {names}
      </svg>
      <svg width="100%" height={height} aria-hidden="true" className="ranked-bar__plot">
        {plot}
      </svg>
    </div>
  );
});

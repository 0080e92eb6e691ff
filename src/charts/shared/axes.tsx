import type { ReactNode } from 'react';
import { CHART_COLOURS as C } from './chart-colours';
import { formatValue } from './format-value';

const TICK_FONT = 11;

/**
 * Horizontal gridlines across the plot, each labelled with its value left of the axis; one
 * value may be drawn as a reference instead (a ratio's 1 = England), dashed and dark.
 */
export function ValueGrid({
  ticks,
  y,
  left,
  right,
  reference,
}: {
  readonly ticks: readonly number[];
  readonly y: (value: number) => number;
  readonly left: number;
  readonly right: number;
  readonly reference?: number;
}) {
  return (
    <>
      {ticks.map((t) => (
        <g key={`y${t}`}>
          <line
            x1={left}
            x2={right}
            y1={y(t)}
            y2={y(t)}
            stroke={t === reference ? C.ink : C.grid}
            strokeDasharray={t === reference ? '4 3' : undefined}
          />
          <text x={left - 6} y={y(t) + 4} fontSize={TICK_FONT} textAnchor="end" fill={C.ink}>
            {formatValue(t, 2)}
          </text>
        </g>
      ))}
    </>
  );
}

/** Vertical gridlines up the plot, each labelled with its value under the axis. */
export function AcrossGrid({
  ticks,
  x,
  top,
  bottom,
  label = (t) => formatValue(t, 2),
  lines = true,
}: {
  readonly ticks: readonly number[];
  readonly x: (value: number) => number;
  readonly top: number;
  readonly bottom: number;
  readonly label?: (value: number) => string;
  /** Labels alone, without gridlines (a time axis). */
  readonly lines?: boolean;
}) {
  return (
    <>
      {ticks.map((t) => (
        <g key={`x${t}`}>
          {lines && <line x1={x(t)} x2={x(t)} y1={top} y2={bottom} stroke={C.grid} />}
          <text x={x(t)} y={bottom + 16} fontSize={TICK_FONT} textAnchor="middle" fill={C.ink}>
            {label(t)}
          </text>
        </g>
      ))}
    </>
  );
}

/** An axis's title: along the bottom, or turned up the left side. */
export function AxisTitle({
  at,
  vertical = false,
  fontSize = 12,
  children,
}: {
  /** Where its middle sits: [x, y]. */
  readonly at: readonly [number, number];
  readonly vertical?: boolean;
  readonly fontSize?: number;
  readonly children: ReactNode;
}) {
  return (
    <text
      {...(vertical
        ? { transform: `translate(${at[0]} ${at[1]}) rotate(-90)` }
        : { x: at[0], y: at[1] })}
      fontSize={fontSize}
      textAnchor="middle"
      fill={C.ink}
    >
      {children}
    </text>
  );
}

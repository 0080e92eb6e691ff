import { memo } from 'react';
import type { BarShapeProps } from 'recharts';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import { OUTLINE } from '../shared/outcome-style';
import type { RankedBarDatum, RankedBarSeries } from './build-ranked-bar-series';

export interface ReferenceValue {
  readonly label: string;
  readonly value: number;
  readonly dash: string;
}

export interface RankedBarChartProps {
  readonly series: RankedBarSeries;
  readonly references: readonly ReferenceValue[];
  readonly unit: string;
  /** Fixed width in pixels; omitted, the chart fills its container. */
  readonly width?: number;
  readonly animate?: boolean;
  /** The best quartile's span on the value axis, shaded (judged indicators only). */
  readonly bestQuartile?: { readonly from: number; readonly to: number };
  /** Short text for screen readers; the table twin carries the numbers. */
  readonly description: string;
  /** Room for the names on the axis; organisations' names are longer than boroughs'. */
  readonly labelWidth?: number;
}

const ROW_HEIGHT = 22;

/** Horizontal ranked bars with CI whiskers and benchmark lines. Props only: no stores, no queries. */
/**
 * A bar with its confidence interval drawn as a whisker. The bar spans 0 to the value, so its
 * pixel width gives the axis scale: a limit v sits at zeroX + v × width / |value|.
 */
function BarWithWhisker({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  fill,
  stroke,
  strokeWidth,
  payload,
  base = 0,
  dot = false,
}: BarShapeProps & { readonly base?: number; readonly dot?: boolean }) {
  // Recharts passes our datum as the payload.
  const datum = payload as RankedBarDatum | undefined;
  const value = datum?.value ?? 0;
  const ci = datum?.ci;
  // The bar spans base (0, or the axis start for dots) to the value: its width gives the scale.
  const span = value - base;
  const scale = span !== 0 ? width / Math.abs(span) : undefined;
  const baseX = span >= 0 ? x : x + width;
  const at = (v: number) => baseX + (v - base) * (scale ?? 0);
  const mid = y + height / 2;
  // The label sits past whichever ends last, the bar or its whisker.
  const labelX = Math.max(x + width, ci && scale !== undefined ? at(ci[1]) : x + width) + 6;
  return (
    <g>
      {dot ? (
        <>
          <line x1={x} x2={x + width} y1={mid} y2={mid} stroke="#dcdcdc" strokeWidth={1} />
          <circle
            cx={at(value)}
            cy={mid}
            r={Math.min(7, height / 2)}
            fill={fill}
            stroke={stroke}
            strokeWidth={strokeWidth}
          />
        </>
      ) : (
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          fill={fill}
          stroke={stroke}
          strokeWidth={strokeWidth}
        />
      )}
      {ci && scale !== undefined && (
        <g className="ci-whisker" stroke={OUTLINE} strokeWidth={1.4}>
          <line x1={at(ci[0])} x2={at(ci[1])} y1={mid} y2={mid} />
          <line x1={at(ci[0])} x2={at(ci[0])} y1={mid - 4} y2={mid + 4} />
          <line x1={at(ci[1])} x2={at(ci[1])} y1={mid - 4} y2={mid + 4} />
        </g>
      )}
      {datum && (
        // A white halo keeps the label legible where a reference line crosses it.
        <text
          x={labelX}
          y={mid + 4}
          fontSize={12}
          fill="#0b0c0c"
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {datum.valueLabel}
        </text>
      )}
    </g>
  );
}

/** Memoised: re-renders only when its props change (Recharts rebuilds the whole SVG). */
export const RankedBarChart = memo(function RankedBarChart({
  series,
  references,
  unit,
  width,
  animate = false,
  bestQuartile,
  description,
  labelWidth = 190,
}: RankedBarChartProps) {
  const height = series.data.length * ROW_HEIGHT + 70;
  // Dots start their (invisible) bar at the axis start: zero is not on a years or score axis.
  const base = series.mark === 'dot' ? series.domain[0] : 0;
  return (
    <BarChart
      baseValue={series.mark === 'dot' ? series.domain[0] : undefined}
      data={series.data as RankedBarSeries['data'][number][]}
      layout="vertical"
      width={width}
      height={height}
      responsive={width === undefined}
      style={width === undefined ? { width: '100%', height } : undefined}
      margin={{ top: 24, right: 56, bottom: 24, left: 8 }}
      accessibilityLayer={false}
      role="img"
      aria-label={description}
    >
      <CartesianGrid horizontal={false} stroke="#d8d8d8" />
      <XAxis
        type="number"
        domain={[series.domain[0], series.domain[1]]}
        tickCount={6}
        label={{ value: unit, position: 'insideBottom', offset: -16, fill: '#0b0c0c' }}
        tick={{ fill: '#0b0c0c', fontSize: 13 }}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={labelWidth}
        interval={0}
        tick={{ fill: '#0b0c0c', fontSize: 13 }}
      />
      <Bar
        dataKey="value"
        shape={(props: BarShapeProps) => (
          <BarWithWhisker {...props} base={base} dot={series.mark === 'dot'} />
        )}
        isAnimationActive={animate}
        stroke={OUTLINE}
        strokeWidth={0.5}
        barSize={14}
      >
        {series.data.map((d) => (
          <Cell key={d.code} fill={d.fill} stroke={OUTLINE} strokeWidth={d.selected ? 2.5 : 0.5} />
        ))}
      </Bar>
      {bestQuartile && (
        <ReferenceArea
          x1={bestQuartile.from}
          x2={bestQuartile.to}
          fill="#cce2d8"
          fillOpacity={0.6}
          stroke="#005a30"
          strokeDasharray="2 2"
          ifOverflow="extendDomain"
        />
      )}
      {references.map((r) => (
        <ReferenceLine
          key={r.label}
          x={r.value}
          stroke={OUTLINE}
          strokeDasharray={r.dash}
          strokeWidth={1.5}
          // Named, with its value, in the legend: labels on close lines would print over each other.
          ifOverflow="extendDomain"
        />
      ))}
    </BarChart>
  );
});

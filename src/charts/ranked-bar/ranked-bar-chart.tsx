import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ErrorBar,
  LabelList,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import { OUTLINE } from '../shared/outcome-style';
import type { RankedBarSeries } from './build-ranked-bar-series';

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
  /** Short text for screen readers; the table twin carries the numbers. */
  readonly description: string;
}

const ROW_HEIGHT = 22;

/** Horizontal ranked bars with CI whiskers and benchmark lines. Props only: no stores, no queries. */
/** Memoised: re-renders only when its props change (Recharts rebuilds the whole SVG). */
export const RankedBarChart = memo(function RankedBarChart({
  series,
  references,
  unit,
  width,
  animate = false,
  description,
}: RankedBarChartProps) {
  const height = series.data.length * ROW_HEIGHT + 70;
  return (
    <BarChart
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
        width={190}
        interval={0}
        tick={{ fill: '#0b0c0c', fontSize: 13 }}
      />
      <Bar
        dataKey="value"
        isAnimationActive={animate}
        stroke={OUTLINE}
        strokeWidth={0.5}
        barSize={14}
      >
        {series.data.map((d) => (
          <Cell key={d.code} fill={d.fill} stroke={OUTLINE} strokeWidth={d.selected ? 2.5 : 0.5} />
        ))}
        {series.hasIntervals && (
          <ErrorBar dataKey="error" direction="x" width={6} stroke={OUTLINE} strokeWidth={1.2} />
        )}
        <LabelList dataKey="valueLabel" position="right" offset={8} fill="#0b0c0c" fontSize={12} />
      </Bar>
      {references.map((r) => (
        <ReferenceLine
          key={r.label}
          x={r.value}
          stroke={OUTLINE}
          strokeDasharray={r.dash}
          strokeWidth={1.5}
          label={{ value: r.label, position: 'top', fill: '#0b0c0c', fontSize: 12 }}
          ifOverflow="extendDomain"
        />
      ))}
    </BarChart>
  );
});

import { memo } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, Line, XAxis, YAxis } from 'recharts';
import type { TrendSeries } from './build-trend-series';
import { TREND_CHART_HEIGHT } from './lazy-trend-chart';

export interface TrendChartProps {
  readonly series: TrendSeries;
  readonly unit: string;
  readonly width?: number;
  readonly description: string;
}

/** Lines over time with 95% CI bands; each line has its own colour, dash pattern and name. */
export const TrendChart = memo(function TrendChart({
  series,
  unit,
  width,
  description,
}: TrendChartProps) {
  const height = TREND_CHART_HEIGHT;
  return (
    <ComposedChart
      data={series.data as Record<string, unknown>[]}
      width={width}
      height={height}
      responsive={width === undefined}
      style={width === undefined ? { width: '100%', height } : undefined}
      margin={{ top: 16, right: 24, bottom: 24, left: 8 }}
      accessibilityLayer={false}
      role="img"
      aria-label={description}
    >
      <CartesianGrid stroke="#e5e5e5" />
      <XAxis
        dataKey="period"
        tick={{ fill: '#0b0c0c', fontSize: 12 }}
        interval="preserveStartEnd"
      />
      <YAxis
        tick={{ fill: '#0b0c0c', fontSize: 12 }}
        label={{ value: unit, angle: -90, position: 'insideLeft', fill: '#0b0c0c' }}
        domain={['auto', 'auto']}
      />
      {series.lines.map((line) => (
        <Area
          key={`${line.key}-ci`}
          dataKey={`${line.key}Ci`}
          stroke="none"
          fill={line.colour}
          fillOpacity={0.15}
          isAnimationActive={false}
          legendType="none"
          connectNulls={false}
        />
      ))}
      {series.lines.map((line) => (
        <Line
          key={line.key}
          dataKey={line.key}
          name={line.name}
          stroke={line.colour}
          strokeDasharray={line.dash}
          strokeWidth={line.isBenchmark ? 2 : 2.5}
          dot={{ r: 3, fill: line.colour }}
          isAnimationActive={false}
          connectNulls={false}
        />
      ))}
      <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 13, color: '#0b0c0c' }} />
    </ComposedChart>
  );
});

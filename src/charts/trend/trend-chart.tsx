import { memo } from 'react';
import { Area, CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts';
import { trendValueDomain, trendValueTicks, type TrendSeries } from './build-trend-series';
import { TrendLegend, TrendPaths } from './trend-paths';
import { TREND_CHART_HEIGHT } from './lazy-trend-chart';

/** Room for the key under the plot. */
const LEGEND_HEIGHT = 32;

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
  // The key sits under the plot, in the reserved height.
  const height = TREND_CHART_HEIGHT - LEGEND_HEIGHT;
  const domain = trendValueDomain(series);
  return (
    <>
      <ComposedChart
        data={series.data as Record<string, unknown>[]}
        width={width}
        height={height}
        responsive={width === undefined}
        style={width === undefined ? { width: '100%', height } : undefined}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
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
          domain={[domain[0], domain[1]]}
          ticks={trendValueTicks(domain)}
          interval={0}
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
        <TrendPaths series={series} />
      </ComposedChart>
      <TrendLegend lines={series.lines} />
    </>
  );
});

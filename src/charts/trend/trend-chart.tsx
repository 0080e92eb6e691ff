import { scaleLinear, scalePoint } from 'd3-scale';
import { memo } from 'react';
import { formatValue } from '../shared/format-value';
import { useElementWidth } from '../shared/use-element-width';
import { trendValueDomain, trendValueTicks, type TrendSeries } from './build-trend-series';
import { labelCentre, thinnedLabelIndices } from './trend-geometry';
import { TrendBands, TrendLegend, TrendPaths, type TrendScales } from './trend-paths';
import { CHART_COLOURS as C } from '../shared/chart-colours';

/** The chart's height with its key, reserved before it is drawn so nothing below it moves. */
const TREND_CHART_HEIGHT = 320;
/** Room for the key under the plot. */
const LEGEND_HEIGHT = 32;
const PLOT_HEIGHT = TREND_CHART_HEIGHT - LEGEND_HEIGHT;
const M = { top: 16, right: 24, bottom: 30, left: 68 };
const AXIS = C.axis;
const TEXT = C.ink;

export interface TrendChartProps {
  readonly series: TrendSeries;
  readonly unit: string;
  /** A fixed width (image export); otherwise the chart fills its container. */
  readonly width?: number;
  readonly description: string;
}

/**
 * Lines over time with 95% CI bands; each line has its own colour, dash pattern and name. Plain
 * SVG through d3-scale: periods evenly spaced (a point scale, as published periods are), values
 * on nice ticks that cover every line and band.
 */
export const TrendChart = memo(function TrendChart({
  series,
  unit,
  width,
  description,
}: TrendChartProps) {
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  const drawnWidth = width ?? measured;
  return (
    <div ref={width === undefined ? ref : undefined} style={{ minHeight: TREND_CHART_HEIGHT }}>
      {drawnWidth !== undefined && (
        <TrendPlot series={series} unit={unit} width={drawnWidth} description={description} />
      )}
      <TrendLegend series={series} />
    </div>
  );
});

function TrendPlot({
  series,
  unit,
  width,
  description,
}: TrendChartProps & { readonly width: number }) {
  const periods = series.data.map((row) => String(row.period));
  const x = scalePoint<string>()
    .domain(periods)
    .range([M.left, width - M.right])
    .padding(0.5);
  const domain = trendValueDomain(series);
  const valueTicks = trendValueTicks(domain);
  const y = scaleLinear()
    .domain([domain[0], domain[1]])
    .range([PLOT_HEIGHT - M.bottom, M.top]);
  const scales: TrendScales = { x, y };
  // Indices from thinnedLabelIndices are within periods, which is x's own domain.
  const periodTicks = thinnedLabelIndices(periods, x.step()).map((i) => ({
    label: periods[i]!,
    at: x(periods[i]!)!,
  }));
  const bottom = PLOT_HEIGHT - M.bottom;
  return (
    <svg
      className="trend-chart"
      width={width}
      height={PLOT_HEIGHT}
      role="img"
      aria-label={description}
    >
      <g className="trend-chart__grid" stroke={C.grid}>
        {valueTicks.map((t) => (
          <line key={t} x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} />
        ))}
        {periodTicks.map(({ label, at }) => (
          <line key={label} x1={at} x2={at} y1={M.top} y2={bottom} />
        ))}
      </g>
      <TrendBands series={series} scales={scales} />
      <g className="trend-chart__y-axis" fontSize={12} fill={TEXT}>
        <line x1={M.left} x2={M.left} y1={M.top} y2={bottom} stroke={AXIS} />
        {valueTicks.map((t) => (
          <g key={t}>
            <line x1={M.left - 6} x2={M.left} y1={y(t)} y2={y(t)} stroke={AXIS} />
            <text x={M.left - 9} y={y(t)} dy="0.32em" textAnchor="end">
              {formatValue(t, 2)}
            </text>
          </g>
        ))}
        <text
          transform={`translate(14 ${(M.top + bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={13}
        >
          {unit}
        </text>
      </g>
      <g className="trend-chart__x-axis" fontSize={12} fill={TEXT}>
        <line x1={M.left} x2={width - M.right} y1={bottom} y2={bottom} stroke={AXIS} />
        {periodTicks.map(({ label, at }) => (
          <g key={label}>
            <line x1={at} x2={at} y1={bottom} y2={bottom + 6} stroke={AXIS} />
            <text x={labelCentre(at, label, width)} y={bottom + 20} textAnchor="middle">
              {label}
            </text>
          </g>
        ))}
      </g>
      <TrendPaths series={series} scales={scales} />
    </svg>
  );
}

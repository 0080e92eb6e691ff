import { scaleLinear, scaleUtc } from 'd3-scale';
import { memo } from 'react';
import type { OverTimeModel, RatioPoint } from '../../model/parity';
import { formatValue } from '../shared/format-value';
import { OUTLINE } from '../shared/outcome-style';
import { AcrossGrid, AxisTitle, ValueGrid } from '../shared/axes';
import { CHART_COLOURS as C } from '../shared/chart-colours';

const WIDTH = 620;
const HEIGHT = 300;
const M = { top: 16, right: 24, bottom: 40, left: 56 };

/**
 * A borough's two indicators relative to England (1 = England's value) over time, each period
 * placed at its end date so series of different lengths share one axis; circles for mental,
 * squares and a dashed line for physical, with interval whiskers.
 */
export const RatioTrendChart = memo(function RatioTrendChart({
  model,
  mentalName,
  physicalName,
  width,
}: {
  readonly model: OverTimeModel;
  readonly mentalName: string;
  readonly physicalName: string;
  /** Units to draw in where fewer than the chart's own: an image for a narrow page keeps its text size. */
  readonly width?: number;
}) {
  const W = Math.min(WIDTH, width ?? WIDTH);
  const all = [...model.mental, ...model.physical];
  const dates = all.map((p) => new Date(`${p.end}T00:00:00Z`));
  const values = all.flatMap((p) => [p.ratio, p.lower ?? p.ratio, p.upper ?? p.ratio, 1]);
  const x = scaleUtc()
    .domain([new Date(Math.min(...dates.map(Number))), new Date(Math.max(...dates.map(Number)))])
    .nice()
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([Math.min(...values), Math.max(...values)])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);
  const at = (p: RatioPoint) => x(new Date(`${p.end}T00:00:00Z`));
  const path = (points: readonly RatioPoint[]) =>
    points.map((p, i) => `${i ? 'L' : 'M'}${at(p)},${y(p.ratio)}`).join('');
  return (
    <svg
      viewBox={`0 0 ${W} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: W }}
      role="img"
      className="ratio-trend"
      aria-label={`${model.borough.name} relative to England over time: ${mentalName} (circles) and ${physicalName} (squares); the table gives every value.`}
    >
      <ValueGrid ticks={y.ticks(5)} y={y} left={M.left} right={W - M.right} reference={1} />
      <AcrossGrid
        ticks={x.ticks(6).map((t) => t.getTime())}
        x={(t) => x(new Date(t))}
        top={M.top}
        bottom={HEIGHT - M.bottom}
        label={(t) => String(new Date(t).getUTCFullYear())}
        lines={false}
      />
      <AxisTitle at={[14, (M.top + HEIGHT - M.bottom) / 2]} vertical>
        value ÷ England (1 = England)
      </AxisTitle>
      <path d={path(model.mental)} fill="none" stroke={C.better} strokeWidth={2} />
      <path
        d={path(model.physical)}
        fill="none"
        stroke={C.worse}
        strokeWidth={2}
        strokeDasharray="6 3"
      />
      {model.mental.map((p) => (
        <g key={`m${p.period}`}>
          <title>{`${mentalName}, ${p.period}: ${formatValue(p.ratio, 2)} × England`}</title>
          {p.lower !== undefined && p.upper !== undefined && (
            <line x1={at(p)} x2={at(p)} y1={y(p.lower)} y2={y(p.upper)} stroke={C.better} />
          )}
          <circle
            cx={at(p)}
            cy={y(p.ratio)}
            r={4}
            fill={C.better}
            stroke={OUTLINE}
            strokeWidth={0.8}
          />
        </g>
      ))}
      {model.physical.map((p) => (
        <g key={`p${p.period}`}>
          <title>{`${physicalName}, ${p.period}: ${formatValue(p.ratio, 2)} × England`}</title>
          {p.lower !== undefined && p.upper !== undefined && (
            <line x1={at(p)} x2={at(p)} y1={y(p.lower)} y2={y(p.upper)} stroke={C.worse} />
          )}
          <rect
            x={at(p) - 4}
            y={y(p.ratio) - 4}
            width={8}
            height={8}
            fill={C.worse}
            stroke={OUTLINE}
            strokeWidth={0.8}
          />
        </g>
      ))}
    </svg>
  );
});

import { scaleLinear, scaleUtc } from 'd3-scale';
import { memo } from 'react';
import type { OverTimeModel, RatioPoint } from '../../model/parity';
import { formatValue } from '../shared/format-value';
import { OUTLINE } from '../shared/outcome-style';

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
}: {
  readonly model: OverTimeModel;
  readonly mentalName: string;
  readonly physicalName: string;
}) {
  const all = [...model.mental, ...model.physical];
  const dates = all.map((p) => new Date(`${p.end}T00:00:00Z`));
  const values = all.flatMap((p) => [p.ratio, p.lower ?? p.ratio, p.upper ?? p.ratio, 1]);
  const x = scaleUtc()
    .domain([new Date(Math.min(...dates.map(Number))), new Date(Math.max(...dates.map(Number)))])
    .nice()
    .range([M.left, WIDTH - M.right]);
  const y = scaleLinear()
    .domain([Math.min(...values), Math.max(...values)])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);
  const at = (p: RatioPoint) => x(new Date(`${p.end}T00:00:00Z`));
  const path = (points: readonly RatioPoint[]) =>
    points.map((p, i) => `${i ? 'L' : 'M'}${at(p)},${y(p.ratio)}`).join('');
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: WIDTH }}
      role="img"
      className="ratio-trend"
      aria-label={`${model.borough.name} relative to England over time: ${mentalName} (circles) and ${physicalName} (squares); the table gives every value.`}
    >
      {y.ticks(5).map((t) => (
        <g key={`y${t}`}>
          <line
            x1={M.left}
            x2={WIDTH - M.right}
            y1={y(t)}
            y2={y(t)}
            stroke={t === 1 ? OUTLINE : '#e5e5e5'}
            strokeDasharray={t === 1 ? '4 3' : undefined}
          />
          <text x={M.left - 6} y={y(t) + 4} fontSize={11} textAnchor="end" fill="#0b0c0c">
            {formatValue(t, 2)}
          </text>
        </g>
      ))}
      {x.ticks(6).map((t) => (
        <text
          key={t.toISOString()}
          x={x(t)}
          y={HEIGHT - M.bottom + 16}
          fontSize={11}
          textAnchor="middle"
          fill="#0b0c0c"
        >
          {t.getUTCFullYear()}
        </text>
      ))}
      <text
        transform={`translate(14 ${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)`}
        fontSize={12}
        textAnchor="middle"
        fill="#0b0c0c"
      >
        value ÷ England (1 = England)
      </text>
      <path d={path(model.mental)} fill="none" stroke="#0072b2" strokeWidth={2} />
      <path
        d={path(model.physical)}
        fill="none"
        stroke="#d55e00"
        strokeWidth={2}
        strokeDasharray="6 3"
      />
      {model.mental.map((p) => (
        <g key={`m${p.period}`}>
          <title>{`${mentalName}, ${p.period}: ${formatValue(p.ratio, 2)} × England`}</title>
          {p.lower !== undefined && p.upper !== undefined && (
            <line x1={at(p)} x2={at(p)} y1={y(p.lower)} y2={y(p.upper)} stroke="#0072b2" />
          )}
          <circle
            cx={at(p)}
            cy={y(p.ratio)}
            r={4}
            fill="#0072b2"
            stroke={OUTLINE}
            strokeWidth={0.8}
          />
        </g>
      ))}
      {model.physical.map((p) => (
        <g key={`p${p.period}`}>
          <title>{`${physicalName}, ${p.period}: ${formatValue(p.ratio, 2)} × England`}</title>
          {p.lower !== undefined && p.upper !== undefined && (
            <line x1={at(p)} x2={at(p)} y1={y(p.lower)} y2={y(p.upper)} stroke="#d55e00" />
          )}
          <rect
            x={at(p) - 4}
            y={y(p.ratio) - 4}
            width={8}
            height={8}
            fill="#d55e00"
            stroke={OUTLINE}
            strokeWidth={0.8}
          />
        </g>
      ))}
    </svg>
  );
});

import { scaleLinear } from 'd3-scale';
import { memo } from 'react';
import { formatValue } from '../shared/format-value';
import { OUTLINE } from '../shared/outcome-style';
import type { PeriodDistribution } from './build-distribution-series';
import { AxisTitle, ValueGrid } from '../shared/axes';
import { CHART_COLOURS as C } from '../shared/chart-colours';

const HEIGHT = 240;
const LEFT = 64;
const BOTTOM = 40;
const TOP = 12;

/** A box plot per period: whiskers to the lowest and highest borough, box from Q1 to Q3, median line, benchmark diamond. */
export const DistributionChart = memo(function DistributionChart({
  periods,
  benchmarkName,
  unit,
}: {
  readonly periods: readonly PeriodDistribution[];
  readonly benchmarkName: string;
  readonly unit: string;
}) {
  const width = Math.max(320, LEFT + periods.length * 48 + 16);
  const lo = Math.min(...periods.map((p) => Math.min(p.min, p.benchmark ?? p.min)));
  const hi = Math.max(...periods.map((p) => Math.max(p.max, p.benchmark ?? p.max)));
  // Nice, rounded ticks (d3-scale), the axis ending on one.
  const scale = scaleLinear()
    .domain(hi === lo ? [lo - 1, hi + 1] : [lo, hi])
    .nice(5)
    .range([HEIGHT - BOTTOM, TOP]);
  const y = (v: number) => scale(v);
  const step = (width - LEFT - 16) / Math.max(1, periods.length);
  const ticks = scale.ticks(5);
  return (
    <svg
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: width }}
      role="img"
      aria-label={`Box plot of London boroughs' ${unit} values in each of ${periods.length} periods, with ${benchmarkName} marked; the table gives every value.`}
    >
      <AxisTitle at={[12, (TOP + HEIGHT - BOTTOM) / 2]} vertical fontSize={11}>
        {unit}
      </AxisTitle>
      <ValueGrid ticks={ticks} y={y} left={LEFT} right={width - 8} />
      {periods.map((p, i) => {
        const cx = LEFT + step * (i + 0.5);
        const half = Math.min(14, step / 3);
        return (
          <g key={p.period}>
            <title>{`${p.period}: lowest ${formatValue(p.min, 2)}, quartiles ${formatValue(p.q1, 2)} to ${formatValue(p.q3, 2)}, median ${formatValue(p.median, 2)}, highest ${formatValue(p.max, 2)}`}</title>
            <line x1={cx} x2={cx} y1={y(p.max)} y2={y(p.min)} stroke={OUTLINE} />
            <rect
              x={cx - half}
              width={half * 2}
              y={y(p.q3)}
              height={Math.max(1, y(p.q1) - y(p.q3))}
              fill="#cbc9e2"
              stroke={OUTLINE}
            />
            <line
              x1={cx - half}
              x2={cx + half}
              y1={y(p.median)}
              y2={y(p.median)}
              stroke={OUTLINE}
              strokeWidth={2.5}
            />
            {p.benchmark !== null && (
              <path d={`M ${cx} ${y(p.benchmark) - 5} l 5 5 l -5 5 l -5 -5 z`} fill="${C.ink}" />
            )}
            <text
              x={cx}
              y={HEIGHT - BOTTOM + 14}
              fontSize={10}
              textAnchor="end"
              transform={`rotate(-35 ${cx} ${HEIGHT - BOTTOM + 14})`}
              fill={C.ink}
            >
              {p.period}
            </text>
          </g>
        );
      })}
    </svg>
  );
});

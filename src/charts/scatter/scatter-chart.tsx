import { scaleLinear } from 'd3-scale';
import { memo } from 'react';
import type { ScatterModel } from '../../model/parity';
import { isFitted } from '../../model/parity';
import { formatValue } from '../shared/format-value';
import { OUTLINE } from '../shared/outcome-style';
import { SELECTED_MARK } from '../shared/selected-mark';
import { AcrossGrid, AxisTitle, ValueGrid } from '../shared/axes';
import { CHART_COLOURS as C } from '../shared/chart-colours';

const WIDTH = 560;
const HEIGHT = 380;
const M = { top: 16, right: 24, bottom: 52, left: 64 };

/**
 * Boroughs as points with their intervals as whiskers, the OLS line and its 95% prediction band,
 * boroughs outside the band labelled, selected boroughs emphasised (larger, outlined, ► in their
 * label). Axes use d3-scale's nice ticks. Props only; the table twin lists every point.
 */
export const ScatterChart = memo(function ScatterChart({
  model,
  description,
  width,
}: {
  readonly model: ScatterModel;
  readonly description: string;
  /** Units to draw in where fewer than the chart's own: an image for a narrow page keeps its text size. */
  readonly width?: number;
}) {
  const W = Math.min(WIDTH, width ?? WIDTH);
  const xs = model.points.flatMap((p) => [
    p.x,
    p.xInterval?.lower ?? p.x,
    p.xInterval?.upper ?? p.x,
  ]);
  const ys = model.points.flatMap((p) => [
    p.y,
    p.yInterval?.lower ?? p.y,
    p.yInterval?.upper ?? p.y,
  ]);
  const fit = isFitted(model.fit) ? model.fit : undefined;
  const bandYs = fit ? fit.band.flatMap((b) => [b.lower, b.upper]) : [];
  const x = scaleLinear()
    .domain([Math.min(...xs), Math.max(...xs)])
    .nice()
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([Math.min(...ys, ...bandYs), Math.max(...ys, ...bandYs)])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);
  const bandPath = fit
    ? `M${fit.band.map((b) => `${x(b.x)},${y(b.upper)}`).join('L')}L${[...fit.band]
        .reverse()
        .map((b) => `${x(b.x)},${y(b.lower)}`)
        .join('L')}Z`
    : '';
  return (
    <svg
      viewBox={`0 0 ${W} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: W }}
      role="img"
      aria-label={description}
      className="scatter"
    >
      <clipPath id="scatter-plot-area">
        <rect
          x={M.left}
          y={M.top}
          width={W - M.left - M.right}
          height={HEIGHT - M.top - M.bottom}
        />
      </clipPath>
      <ValueGrid ticks={y.ticks(6)} y={y} left={M.left} right={W - M.right} />
      <AcrossGrid ticks={x.ticks(6)} x={x} top={M.top} bottom={HEIGHT - M.bottom} />
      <AxisTitle at={[(M.left + W - M.right) / 2, HEIGHT - 10]}>{model.xLabel}</AxisTitle>
      <AxisTitle at={[14, (M.top + HEIGHT - M.bottom) / 2]} vertical>
        {model.yLabel}
      </AxisTitle>
      <g clipPath="url(#scatter-plot-area)">
        {fit && <path d={bandPath} fill={C.better} fillOpacity={0.1} stroke="none" />}
        {fit && (
          <line
            x1={x(fit.band[0]!.x)}
            y1={y(fit.band[0]!.fit)}
            x2={x(fit.band.at(-1)!.x)}
            y2={y(fit.band.at(-1)!.fit)}
            stroke={C.better}
            strokeWidth={2}
            strokeDasharray={fit.significant ? undefined : '6 4'}
          />
        )}
        {model.points.map((p) => (
          <g key={p.code}>
            <title>{`${p.name}: ${formatValue(p.x, 2)}, ${formatValue(p.y, 2)}${p.position !== 'within' ? `, ${p.position} the prediction band` : ''}`}</title>
            {p.xInterval && (
              <line
                x1={x(p.xInterval.lower)}
                x2={x(p.xInterval.upper)}
                y1={y(p.y)}
                y2={y(p.y)}
                stroke={C.whisker}
                strokeWidth={1}
              />
            )}
            {p.yInterval && (
              <line
                x1={x(p.x)}
                x2={x(p.x)}
                y1={y(p.yInterval.lower)}
                y2={y(p.yInterval.upper)}
                stroke={C.whisker}
                strokeWidth={1}
              />
            )}
            {p.position === 'within' ? (
              <circle
                cx={x(p.x)}
                cy={y(p.y)}
                r={p.selected ? 6 : 4}
                fill={p.selected ? C.selected : C.muted}
                stroke={OUTLINE}
                strokeWidth={p.selected ? 2 : 0.8}
              />
            ) : (
              // Outside the band: a diamond as well as a label, never colour alone.
              <rect
                x={x(p.x) - 5}
                y={y(p.y) - 5}
                width={10}
                height={10}
                transform={`rotate(45 ${x(p.x)} ${y(p.y)})`}
                fill={p.selected ? C.selected : C.worse}
                stroke={OUTLINE}
                strokeWidth={p.selected ? 2 : 0.8}
              />
            )}
            {(p.position !== 'within' || p.selected) && (
              <text
                x={x(p.x) + 8}
                y={y(p.y) - 8}
                fontSize={11}
                fill={C.ink}
                fontWeight={p.selected ? 700 : 400}
              >
                {p.selected ? `${SELECTED_MARK} ${p.name}` : p.name}
              </text>
            )}
          </g>
        ))}
      </g>
    </svg>
  );
});

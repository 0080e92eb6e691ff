import { memo, useMemo, useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  ReferenceLine,
  XAxis,
  YAxis,
  useXAxisDomain,
  useXAxisScale,
  useYAxisDomain,
  useYAxisScale,
} from 'recharts';
import type { FunnelUnitRow, ProviderFunnel } from '../../model/provider-funnel';
import { OUTLINE } from '../shared/outcome-style';
import { JUDGEMENT_FILL, markOf } from './funnel-marks';
import { funnelDomains, type FunnelDomains } from './funnel-domains';
import { placeLabels, type LabelPlacement } from './place-labels';
import { LimitPaths } from './limit-paths';
import { CHART_COLOURS as C } from '../shared/chart-colours';
import { formatNumber } from '../../domain/format-number';

export interface FunnelChartProps {
  readonly funnel: ProviderFunnel;
  readonly unit: string;
  readonly width?: number;
  readonly description: string;
}

const HEIGHT = 420;
const MARGIN = { top: 16, right: 32, bottom: 32, left: 12 };
const Y_AXIS_WIDTH = 60;
const X_AXIS_HEIGHT = 30;
/** For placing names when the chart fills its container: a typical frame's width. */
const DEFAULT_WIDTH = 900;

/** One organisation's mark: shape for its place, fill for its reading, size for London. */
type PlottedUnit = FunnelUnitRow & Partial<LabelPlacement>;

function UnitMark(props: { cx?: number; cy?: number; payload?: PlottedUnit }) {
  const { cx, cy, payload: u } = props;
  if (cx === undefined || cy === undefined || !u) return null;
  const mark = markOf(u);
  const r = u.selected ? 8 : u.london ? 6 : 3.5;
  const fill = JUDGEMENT_FILL[u.judgement];
  const style = {
    fill: mark.solid ? fill : C.paper,
    stroke: u.london || u.selected ? OUTLINE : mark.solid ? fill : fill,
    strokeWidth: u.selected ? 2.5 : u.london ? 1.5 : 1,
    fillOpacity: u.london || u.selected ? 1 : 0.55,
  };
  const label = u.showLabel === true;
  return (
    <g className="funnel-mark" data-code={u.code}>
      {mark.shape === 'circle' ? (
        <circle cx={cx} cy={cy} r={r} {...style} />
      ) : (
        <path
          d={
            mark.shape === 'up'
              ? `M${cx},${cy - r * 1.2} L${cx + r},${cy + r * 0.8} L${cx - r},${cy + r * 0.8} Z`
              : `M${cx},${cy + r * 1.2} L${cx + r},${cy - r * 0.8} L${cx - r},${cy - r * 0.8} Z`
          }
          {...style}
        />
      )}
      {label && (
        <text
          x={u.labelLeft ? cx - r - 4 : cx + r + 4}
          y={cy + 4}
          textAnchor={u.labelLeft ? 'end' : 'start'}
          fontSize={12}
          fontWeight={u.selected ? 700 : 400}
          fill={C.ink}
          paintOrder="stroke"
          stroke={C.paper}
          strokeWidth={3}
        >
          {u.name}
        </text>
      )}
    </g>
  );
}

/** Whether an axis's domain is the one asked for (Recharts' store takes new props one render later). */
const isDomain = (actual: readonly unknown[] | undefined, asked: readonly [number, number]) =>
  actual?.[0] === asked[0] && actual[1] === asked[1];

/**
 * Every organisation's mark placed through the chart's own scales, in layer order (others, then
 * London, then the chosen, so the ones that matter are on top). Drawn directly rather than as
 * Recharts Scatter points, whose per-point wrapping and props cost most of a measure switch.
 * After a switch Recharts renders once with the previous measure's scales before its store takes
 * the new axes; the marks keep their last drawing through that render rather than drawing the
 * new organisations at the old scales and then again.
 */
function FunnelMarks({
  units,
  domains,
}: {
  readonly units: readonly PlottedUnit[];
  readonly domains: FunnelDomains;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const xDomain = useXAxisDomain();
  const yDomain = useYAxisDomain();
  const fresh = isDomain(xDomain, domains.x) && isDomain(yDomain, domains.y);
  const drawn = useMemo(
    () =>
      fresh && x && y ? (
        <g className="funnel-marks">
          {/* Keyed by place, not code: a measure switch often brings other organisations (acute
              trusts, then Talking Therapies services), and reusing the marks' elements costs
              less than removing and creating a few hundred. */}
          {units.map((u, i) => (
            <UnitMark key={i} cx={x(u.size)} cy={y(u.value)} payload={u} />
          ))}
        </g>
      ) : undefined,
    [fresh, x, y, units],
  );
  const [last, setLast] = useState(drawn);
  if (drawn && drawn !== last) setLast(drawn);
  return drawn ?? last ?? null;
}

/**
 * Funnel plot: every organisation by size (x) and value (y), the target, and 95% (dashed) and
 * 99.8% (solid) control limits. Non-London organisations are small and pale; London's are
 * larger and outlined; the user's are largest and labelled. Props only.
 */
export const FunnelChart = memo(function FunnelChart({
  funnel,
  unit,
  width,
  description,
}: FunnelChartProps) {
  const domains = useMemo(() => funnelDomains(funnel), [funnel]);
  // Others first, then London, then the selected: the ones that matter are drawn on top.
  const layers = useMemo(() => {
    // Names only where they do not print over each other; the table twin names every mark.
    const labels = placeLabels(funnel.units, funnel.target, domains, {
      width: (width ?? DEFAULT_WIDTH) - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH,
      height: HEIGHT - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT,
    });
    const plotted = funnel.units.map((u) => ({ ...u, ...labels.get(u.code) }));
    return [
      ...plotted.filter((u) => !u.london && !u.selected),
      ...plotted.filter((u) => u.london && !u.selected),
      ...plotted.filter((u) => u.selected),
    ];
  }, [funnel, domains, width]);
  return (
    <ComposedChart
      width={width}
      height={HEIGHT}
      responsive={width === undefined}
      style={width === undefined ? { width: '100%', height: HEIGHT } : undefined}
      margin={MARGIN}
      accessibilityLayer={false}
      role="img"
      aria-label={description}
    >
      <CartesianGrid stroke={C.grid} />
      <XAxis
        type="number"
        dataKey="x"
        domain={domains.x}
        ticks={domains.xTicks}
        // Our own few nice ticks, all shown: Recharts would otherwise measure every label's
        // text (a forced layout) to thin out overlapping ones on each redraw.
        interval={0}
        allowDataOverflow
        tick={{ fill: C.ink, fontSize: 12 }}
        tickFormatter={(v: number) => formatNumber(v)}
        label={{ value: funnel.xLabel, position: 'insideBottom', offset: -18, fill: C.ink }}
      />
      <YAxis
        type="number"
        domain={domains.y}
        ticks={domains.yTicks}
        interval={0}
        allowDataOverflow
        tick={{ fill: C.ink, fontSize: 12 }}
        label={{ value: unit, angle: -90, position: 'insideLeft', fill: C.ink }}
      />
      <ReferenceLine y={funnel.target} stroke={C.ink} strokeWidth={1.5} />
      <LimitPaths limits={funnel.limits} />
      <FunnelMarks units={layers} domains={domains} />
    </ComposedChart>
  );
});

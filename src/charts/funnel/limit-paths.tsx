import { useId } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { LimitPoint } from '../../model/provider-funnel';
import { CHART_COLOURS as C } from '../shared/chart-colours';

type LimitKey = 'lower95' | 'upper95' | 'lower998' | 'upper998';
const LINES: readonly { key: LimitKey; dash?: string; stroke: string }[] = [
  { key: 'lower998', stroke: C.ink },
  { key: 'upper998', stroke: C.ink },
  { key: 'lower95', stroke: C.muted, dash: '6 4' },
  { key: 'upper95', stroke: C.muted, dash: '6 4' },
];

/**
 * The four control limits as plain SVG paths through the chart's own scales, clipped to the plot.
 * Recharts' Line measures every path it draws (getTotalLength) on each render; these do not,
 * which keeps a measure switch fast.
 */
export function LimitPaths({ limits }: { readonly limits: readonly LimitPoint[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const clipId = useId();
  if (!x || !y || !plot) return null;
  const path = (key: LimitKey) =>
    limits
      .map((l, i) => {
        const px = x(l.x);
        const py = y(l[key]);
        return px === undefined || py === undefined
          ? ''
          : `${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`;
      })
      .join('');
  return (
    <g className="funnel-limits">
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`}>
        {LINES.map((line) => (
          <path
            key={line.key}
            d={path(line.key)}
            fill="none"
            stroke={line.stroke}
            strokeWidth={1.4}
            strokeDasharray={line.dash}
          />
        ))}
      </g>
    </g>
  );
}

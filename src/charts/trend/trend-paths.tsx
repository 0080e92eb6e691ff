import { useXAxisScale, useYAxisScale } from 'recharts';
import type { TrendLine, TrendSeries } from './build-trend-series';

/**
 * Each line as a plain SVG path through the chart's own scales, broken where a period has no
 * value (never joined across a gap), with a dot per value. Recharts' Line measures its path
 * (getTotalLength, a forced layout) on every render even without animation; these do not, which
 * keeps a change of indicator or borough within a frame.
 */
export function TrendPaths({ series }: { readonly series: TrendSeries }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const pointsOf = (line: TrendLine) =>
    series.data.map((row) => {
      const value = row[line.key];
      if (typeof value !== 'number') return undefined;
      const px = x(row.period, { position: 'middle' });
      const py = y(value);
      return px === undefined || py === undefined ? undefined : ([px, py] as const);
    });
  return (
    <g className="trend-lines">
      {series.lines.map((line) => {
        const points = pointsOf(line);
        let pen = 'M';
        const d = points
          .map((p) => {
            if (!p) {
              pen = 'M';
              return '';
            }
            const step = `${pen}${p[0].toFixed(1)},${p[1].toFixed(1)}`;
            pen = 'L';
            return step;
          })
          .join('');
        return (
          <g key={line.key} className="trend-line" data-key={line.key}>
            <path
              d={d}
              fill="none"
              stroke={line.colour}
              strokeDasharray={line.dash}
              strokeWidth={line.isBenchmark ? 2 : 2.5}
            />
            {points.map(
              (p, i) =>
                p && <circle key={i} cx={p[0]} cy={p[1]} r={3} fill={line.colour} stroke="#fff" />,
            )}
          </g>
        );
      })}
    </g>
  );
}

/** The lines' key, under the chart: each name beside its colour and dash pattern. */
export function TrendLegend({ lines }: { readonly lines: readonly TrendLine[] }) {
  return (
    <ul className="trend-legend" aria-hidden="true">
      {lines.map((line) => (
        <li key={line.key}>
          <svg width="28" height="12" aria-hidden="true">
            <line
              x1="1"
              x2="27"
              y1="6"
              y2="6"
              stroke={line.colour}
              strokeDasharray={line.dash}
              strokeWidth={2.5}
            />
            <circle cx="14" cy="6" r="3" fill={line.colour} />
          </svg>
          {line.name}
        </li>
      ))}
    </ul>
  );
}

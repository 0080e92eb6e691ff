import type { TrendLine, TrendSeries } from './build-trend-series';
import { bandPath, linePath, type ScreenPoint } from './trend-geometry';
import { CHART_COLOURS as C } from '../shared/chart-colours';

/** Where a period and a value sit on screen; undefined for a period not on the axis. */
export interface TrendScales {
  readonly x: (period: string) => number | undefined;
  readonly y: (value: number) => number;
}

const pointsOf = (series: TrendSeries, line: TrendLine, { x, y }: TrendScales): ScreenPoint[] =>
  series.data.map((row) => {
    const value = row[line.key];
    const px = x(String(row.period));
    return typeof value === 'number' && px !== undefined ? [px, y(value)] : undefined;
  });

/** Each line's 95% interval as a shaded band, broken where a period has no interval. */
export function TrendBands({ series, scales }: { series: TrendSeries; scales: TrendScales }) {
  return (
    <g className="trend-bands">
      {series.lines.map((line) => {
        const d = bandPath(
          series.data.map((row) => {
            const ci = row[`${line.key}Ci`];
            const px = scales.x(String(row.period));
            return Array.isArray(ci) && px !== undefined
              ? [px, scales.y(ci[1]), scales.y(ci[0])]
              : undefined;
          }),
        );
        return d && <path key={line.key} d={d} fill={line.colour} fillOpacity={0.15} />;
      })}
    </g>
  );
}

/**
 * Each line as a path broken where a period has no value (never joined across a gap), with a
 * dot per value, so a single value between gaps is still seen.
 */
export function TrendPaths({ series, scales }: { series: TrendSeries; scales: TrendScales }) {
  return (
    <g className="trend-lines">
      {series.lines.map((line) => {
        const points = pointsOf(series, line, scales);
        return (
          <g key={line.key} className="trend-line" data-key={line.key}>
            <path
              d={linePath(points)}
              fill="none"
              stroke={line.colour}
              strokeDasharray={line.dash}
              strokeWidth={line.isBenchmark ? 2 : 2.5}
            />
            {points.map(
              (p, i) =>
                p && (
                  <circle key={i} cx={p[0]} cy={p[1]} r={3} fill={line.colour} stroke={C.paper} />
                ),
            )}
          </g>
        );
      })}
    </g>
  );
}

/**
 * The lines' key, under the chart: each name beside its colour and dash pattern, and said to
 * have no value where none is published, so a name without a line is not a puzzle.
 */
export function TrendLegend({ series }: { readonly series: TrendSeries }) {
  const hasValue = (line: TrendLine) =>
    series.data.some((row) => typeof row[line.key] === 'number');
  return (
    <ul className="trend-legend" aria-hidden="true">
      {series.lines.map((line) => (
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
          {hasValue(line) ? line.name : `${line.name} (no value published)`}
        </li>
      ))}
    </ul>
  );
}

import { memo } from 'react';
import type { RankComparison } from '../../model/parity-ranks';
import { OUTLINE } from '../shared/outcome-style';
import { SELECTED_MARK } from '../shared/selected-mark';
import { CHART_COLOURS as C } from '../shared/chart-colours';

const WIDTH = 620;
const ROW = 18;
const LEFT = 170;
const RIGHT = 20;
const TOP = 28;

/**
 * Each borough's rank on the mental (circle) and physical (square) indicator, joined by a line,
 * with 95% rank intervals as thin whiskers; sorted by the gap. A significant gap is marked "*"
 * after the name, so it never rests on colour alone.
 */
export const DumbbellChart = memo(function DumbbellChart({
  ranks,
  mentalName,
  physicalName,
  width,
}: {
  readonly ranks: RankComparison;
  readonly mentalName: string;
  readonly physicalName: string;
  /** Units to draw in where fewer than the chart's own: an image for a narrow page keeps its text size. */
  readonly width?: number;
}) {
  const W = Math.min(WIDTH, width ?? WIDTH);
  const n = ranks.rows.length;
  // Where the two ends' words cannot share a line, the last rank's goes on a line of its own.
  const stacked = W - LEFT - RIGHT < 340;
  const top = stacked ? TOP + 14 : TOP;
  const height = top + n * ROW + 24;
  const x = (rank: number) => LEFT + ((rank - 1) / Math.max(1, n - 1)) * (W - LEFT - RIGHT);
  return (
    <svg
      viewBox={`0 0 ${W} ${height}`}
      width="100%"
      style={{ maxWidth: W }}
      role="img"
      aria-label={`Ranks of ${n} boroughs on ${mentalName} (circles) and ${physicalName} (squares); the table gives every rank.`}
      className="dumbbell"
    >
      <text x={LEFT} y={14} fontSize={11} fill={C.ink}>
        ← rank 1 (best, or highest where no judgement)
      </text>
      <text x={W - RIGHT} y={stacked ? 28 : 14} fontSize={11} fill={C.ink} textAnchor="end">
        rank {n} →
      </text>
      {ranks.rows.map((r, i) => {
        const y = top + i * ROW + ROW / 2;
        return (
          <g key={r.code}>
            <title>{`${r.name}: ${mentalName} rank ${r.mentalRank}, ${physicalName} rank ${r.physicalRank}${r.significant ? ', a significant gap' : ''}`}</title>
            <text
              x={LEFT - 8}
              y={y + 4}
              fontSize={11}
              textAnchor="end"
              fill={C.ink}
              fontWeight={r.selected ? 700 : 400}
            >
              {`${r.selected ? `${SELECTED_MARK} ` : ''}${r.name}${r.significant ? ' *' : ''}`}
            </text>
            {r.mentalInterval && (
              <line
                x1={x(r.mentalInterval.lower)}
                x2={x(r.mentalInterval.upper)}
                y1={y - 3}
                y2={y - 3}
                stroke={C.better}
                strokeWidth={1}
              />
            )}
            {r.physicalInterval && (
              <line
                x1={x(r.physicalInterval.lower)}
                x2={x(r.physicalInterval.upper)}
                y1={y + 3}
                y2={y + 3}
                stroke={C.worse}
                strokeWidth={1}
              />
            )}
            <line
              x1={x(r.mentalRank)}
              x2={x(r.physicalRank)}
              y1={y}
              y2={y}
              stroke={C.whisker}
              strokeWidth={2}
            />
            <circle
              cx={x(r.mentalRank)}
              cy={y}
              r={5}
              fill={C.better}
              stroke={OUTLINE}
              strokeWidth={0.8}
            />
            <rect
              x={x(r.physicalRank) - 4.5}
              y={y - 4.5}
              width={9}
              height={9}
              fill={C.worse}
              stroke={OUTLINE}
              strokeWidth={0.8}
            />
          </g>
        );
      })}
    </svg>
  );
});

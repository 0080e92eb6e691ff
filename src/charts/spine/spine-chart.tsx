import type { SpineRow } from './spine-row';
import { formatValue } from '../shared/format-value';
import { describeRow, displayStyle, OUTLINE, textColourOn } from '../shared/outcome-style';
import { CHART_COLOURS as C } from '../shared/chart-colours';

const WIDTH = 320;
const ROW = 42;
const PAD = 12;

/**
 * A spine chart: for each indicator, London's range (light bar) and inter-quartile band (dark
 * bar), the benchmark (vertical line) and the borough (a marker with its comparison symbol).
 * Scaled per indicator; where polarity judges, better is always to the right.
 */
export function SpineChart({
  rows,
  boroughName,
  benchmarkName,
}: {
  readonly rows: readonly SpineRow[];
  readonly boroughName: string;
  readonly benchmarkName: string;
}) {
  const height = rows.length * ROW + 24;
  return (
    <svg
      width="100%"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`Spine chart of ${boroughName} on ${rows.length} indicators; the table gives every value.`}
      className="spine"
    >
      {rows.map((row, i) => {
        const lo = Math.min(row.min, row.benchmark ?? row.min, row.borough.value ?? row.min);
        const hi = Math.max(row.max, row.benchmark ?? row.max, row.borough.value ?? row.max);
        const flip = row.indicator.polarity === 'low-is-good';
        const x = (v: number) => {
          const t = hi === lo ? 0.5 : (v - lo) / (hi - lo);
          return PAD + (flip ? 1 - t : t) * (WIDTH - 2 * PAD);
        };
        const y = 24 + i * ROW + ROW / 2 + 5;
        const style = displayStyle(row.borough, row.indicator.polarity);
        const judged = row.indicator.polarity !== 'no-judgement';
        const span = (a: number, b: number) => ({
          x: Math.min(x(a), x(b)),
          width: Math.abs(x(b) - x(a)),
        });
        return (
          <g key={`${row.indicator.id}|${row.sex}`}>
            <title>{`${row.indicator.shortName}: ${boroughName} ${formatValue(row.borough.value, 2)}, ${describeRow(row.borough, benchmarkName, row.indicator.polarity)}`}</title>
            <text x={PAD} y={y - 12} fontSize={10} fill={C.ink}>
              {`${row.indicator.shortName}${row.sex !== 'Persons' ? `, ${row.sex}` : ''}, ${row.periodLabel}: `}
              <tspan fontWeight={700}>
                {row.borough.value === null
                  ? 'no value'
                  : `${formatValue(row.borough.value, row.indicator.decimals ?? 2)} ${row.indicator.unit}`}
              </tspan>
            </text>
            {/* Direction words only where the indicator has a judgement. */}
            <text x={WIDTH - PAD} y={y + 17} fontSize={8} fill={C.muted} textAnchor="end">
              {judged ? 'better →' : 'higher →'}
            </text>
            <rect {...span(row.min, row.max)} y={y - 6} height={12} fill={C.guide} />
            <rect {...span(row.q1, row.q3)} y={y - 6} height={12} fill={C.quartiles} />
            {row.benchmark !== null && (
              <line
                x1={x(row.benchmark)}
                x2={x(row.benchmark)}
                y1={y - 10}
                y2={y + 10}
                stroke={OUTLINE}
                strokeWidth={2}
              />
            )}
            {row.borough.value !== null && (
              <g>
                <circle
                  cx={x(row.borough.value)}
                  cy={y}
                  r={8}
                  fill={style.fill}
                  stroke={OUTLINE}
                  strokeWidth={1.2}
                />
                <text
                  x={x(row.borough.value)}
                  y={y + 3.5}
                  fontSize={style.symbol.startsWith('Q') ? 7 : 10}
                  fontWeight={700}
                  textAnchor="middle"
                  fill={textColourOn(style.fill)}
                >
                  {style.symbol}
                </text>
              </g>
            )}
          </g>
        );
      })}
    </svg>
  );
}

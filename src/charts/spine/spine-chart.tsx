import type { SpineRow } from './spine-row';
import { formatValue } from '../shared/format-value';
import { describeRow, displayStyle, OUTLINE, textColourOn } from '../shared/outcome-style';
import { CHART_COLOURS as C } from '../shared/chart-colours';
import { textWidth, wrapText } from '../shared/text-measure';

const WIDTH = 320;
const ROW = 42;
const PAD = 12;

/** One row's scale: London's range, the benchmark and the borough, better to the right. */
function rowScale(row: SpineRow, from: number, to: number) {
  const lo = Math.min(row.min, row.benchmark ?? row.min, row.borough.value ?? row.min);
  const hi = Math.max(row.max, row.benchmark ?? row.max, row.borough.value ?? row.max);
  const flip = row.indicator.polarity === 'low-is-good';
  const x = (v: number) => {
    const t = hi === lo ? 0.5 : (v - lo) / (hi - lo);
    return from + (flip ? 1 - t : t) * (to - from);
  };
  const span = (a: number, b: number) => ({
    x: Math.min(x(a), x(b)),
    width: Math.abs(x(b) - x(a)),
  });
  return { x, span };
}

const rowName = (row: SpineRow) =>
  `${row.indicator.shortName}${row.sex !== 'Persons' ? `, ${row.sex}` : ''}, ${row.periodLabel}`;
const rowValue = (row: SpineRow) =>
  row.borough.value === null
    ? 'no value'
    : `${formatValue(row.borough.value, row.indicator.decimals ?? 2)} ${row.indicator.unit}`;
const direction = (row: SpineRow) =>
  row.indicator.polarity !== 'no-judgement' ? 'better →' : 'higher →';

/** The marks on one row's line: range, middle half, benchmark and the borough's symbol. */
function SpineMarks({
  row,
  from,
  to,
  y,
  radius,
}: {
  readonly row: SpineRow;
  readonly from: number;
  readonly to: number;
  readonly y: number;
  readonly radius: number;
}) {
  const { x, span } = rowScale(row, from, to);
  const style = displayStyle(row.borough, row.indicator.polarity);
  // A quintile's two characters need a smaller size than one symbol to sit inside the circle.
  const symbolSize = style.symbol.startsWith('Q') ? radius - 1 : radius + 2;
  return (
    <>
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
            r={radius}
            fill={style.fill}
            stroke={OUTLINE}
            strokeWidth={1.2}
          />
          <text
            x={x(row.borough.value)}
            y={y + symbolSize * 0.35}
            fontSize={symbolSize}
            fontWeight={700}
            textAnchor="middle"
            fill={textColourOn(style.fill)}
          >
            {style.symbol}
          </text>
        </g>
      )}
    </>
  );
}

interface SpineProps {
  readonly rows: readonly SpineRow[];
  readonly boroughName: string;
  readonly benchmarkName: string;
  /**
   * Units to lay the rows out in, for an image or a printed page: from 400 units each row's
   * words sit to the left of its spine (a page's worth of rows at 9 pt); without it, the
   * screen's narrow layout, words above each spine.
   */
  readonly width?: number;
}

const rowTitle = (row: SpineRow, boroughName: string, benchmarkName: string) =>
  `${row.indicator.shortName}: ${boroughName} ${formatValue(row.borough.value, 2)}, ${describeRow(row.borough, benchmarkName, row.indicator.polarity)}`;

/**
 * A spine chart: for each indicator, London's range (light bar) and inter-quartile band (dark
 * bar), the benchmark (vertical line) and the borough (a marker with its comparison symbol).
 * Scaled per indicator; where polarity judges, better is always to the right.
 */
export function SpineChart(props: SpineProps) {
  return props.width !== undefined && props.width >= WIDE_FROM ? (
    <WideSpine {...props} width={props.width} />
  ) : (
    <NarrowSpine {...props} />
  );
}

const WIDE_FROM = 400;
const LINE = 11;
const FONT = 9;

/** Each row's lines and its top and height in the wide layout, from the top down. */
function placeWideRows(rows: readonly SpineRow[], label: number) {
  let top = 4;
  const placed = rows.map((row) => {
    const lines = wrapText(`${rowName(row)}:`, FONT, label - 8);
    const value = rowValue(row);
    const last = lines.at(-1) ?? '';
    // Bold runs about a tenth wider than the measure's regular text.
    const inline =
      textWidth(`${last} `, FONT) +
        textWidth(value, FONT) * 1.1 +
        textWidth(direction(row), FONT) +
        8 <=
      label - 4;
    const count = lines.length + (inline ? 0 : 1);
    const height = Math.max(24, count * LINE + 7);
    const at = { row, lines, value, inline, top, height, baseline: top + count * LINE };
    top += height;
    return at;
  });
  return { placed, bottom: top };
}

/**
 * Words left, spine right: the name and period on as many lines as they need, the value on the
 * last of them where it fits (else its own line), and which way is better beside the spine.
 */
function WideSpine({ rows, boroughName, benchmarkName, width }: SpineProps & { width: number }) {
  const label = Math.round(width * 0.5);
  const { placed, bottom } = placeWideRows(rows, label);
  return (
    <svg
      width="100%"
      viewBox={`0 0 ${width} ${bottom + 4}`}
      role="img"
      aria-label={`Spine chart of ${boroughName} on ${rows.length} indicators; the table gives every value.`}
      className="spine"
    >
      {placed.map(({ row, lines, value, inline, top: y, height, baseline }) => (
        <g key={`${row.indicator.id}|${row.sex}`}>
          <title>{rowTitle(row, boroughName, benchmarkName)}</title>
          {lines.map((line, i) => (
            <text key={i} x={0} y={y + (i + 1) * LINE} fontSize={FONT} fill={C.ink}>
              {line}
              {inline && i === lines.length - 1 && <tspan fontWeight={700}>{` ${value}`}</tspan>}
            </text>
          ))}
          {!inline && (
            <text x={0} y={baseline} fontSize={FONT} fontWeight={700} fill={C.ink}>
              {value}
            </text>
          )}
          <text x={label - 4} y={baseline} fontSize={FONT} fill={C.muted} textAnchor="end">
            {direction(row)}
          </text>
          <SpineMarks row={row} from={label + 12} to={width - PAD} y={y + height / 2} radius={10} />
        </g>
      ))}
    </svg>
  );
}

/** The screen's layout: each row's words above its spine, in a 320-unit box. */
function NarrowSpine({ rows, boroughName, benchmarkName }: SpineProps) {
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
        const y = 24 + i * ROW + ROW / 2 + 5;
        return (
          <g key={`${row.indicator.id}|${row.sex}`}>
            <title>{rowTitle(row, boroughName, benchmarkName)}</title>
            <text x={PAD} y={y - 12} fontSize={10} fill={C.ink}>
              {`${rowName(row)}: `}
              <tspan fontWeight={700}>{rowValue(row)}</tspan>
            </text>
            {/* Which way is better; where nothing is judged, which way is higher. */}
            <text x={WIDTH - PAD} y={y + 17} fontSize={8} fill={C.muted} textAnchor="end">
              {direction(row)}
            </text>
            <SpineMarks row={row} from={PAD} to={WIDTH - PAD} y={y} radius={8} />
          </g>
        );
      })}
    </svg>
  );
}

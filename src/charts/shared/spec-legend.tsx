import type { LegendEntry, LegendGroup } from '../../domain';
import { OUTLINE, textColourOn } from './outcome-style';
import { CHART_COLOURS as C } from './chart-colours';

function Swatch({ fill, symbol }: { readonly fill: string; readonly symbol?: string }) {
  return (
    <span
      className="legend__swatch"
      style={{ background: fill, borderColor: OUTLINE, color: textColourOn(fill) }}
      aria-hidden="true"
    >
      {symbol}
    </span>
  );
}

/** A small drawing of a line, band or point, the same as the chart draws it. */
function Glyph({ entry }: { readonly entry: LegendEntry }) {
  const stroke = entry.stroke ?? OUTLINE;
  return (
    <svg width="24" height="12" aria-hidden="true" className="legend__glyph">
      {entry.shape === 'line' && (
        <line
          x1="0"
          x2="24"
          y1="6"
          y2="6"
          stroke={stroke}
          strokeWidth={2}
          strokeDasharray={entry.dash}
        />
      )}
      {entry.shape === 'band' && (
        <rect
          x="1"
          y="1"
          width="22"
          height="10"
          fill={entry.fill}
          stroke={stroke}
          strokeDasharray={entry.dash}
        />
      )}
      {entry.shape === 'circle' && (
        <circle cx="12" cy="6" r="5" fill={entry.fill ?? 'none'} stroke={stroke} />
      )}
      {entry.shape === 'diamond' && (
        <path d="M12 0 L18 6 L12 12 L6 6 Z" fill={entry.fill ?? 'none'} stroke={stroke} />
      )}
    </svg>
  );
}

function Entry({ entry }: { readonly entry: LegendEntry }) {
  return (
    <li className="legend__item">
      {entry.ramp
        ? entry.ramp.map((r) => <Swatch key={r.fill} fill={r.fill} symbol={r.symbol} />)
        : entry.shape === 'square' && <Swatch fill={entry.fill ?? C.paper} symbol={entry.symbol} />}
      {entry.shape !== 'square' && entry.shape !== 'none' && <Glyph entry={entry} />}
      {entry.label}
    </li>
  );
}

/** A chart's key, drawn from its spec: the same groups an exported image draws. */
export function SpecLegend({ groups }: { readonly groups: readonly LegendGroup[] }) {
  if (groups.length === 0) return null;
  return (
    <div className="legend">
      {groups.map((g, i) => (
        <div key={g.heading ?? i}>
          {g.heading && <p className="legend__heading">{g.heading}</p>}
          <ul className="legend__items">
            {g.entries.map((e) => (
              <Entry key={e.label} entry={e} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

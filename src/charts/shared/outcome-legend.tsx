import type { AreaComparison, ComparisonMethod, OutcomeKind } from '../../domain';
import { OUTLINE, styleOfKind } from './outcome-style';

export interface OutcomeLegendProps {
  readonly rows: readonly AreaComparison[];
  readonly method: ComparisonMethod;
  readonly benchmarkName: string;
  readonly references: readonly string[];
  /** Whether the chart shades the best quartile. */
  readonly bestQuartile?: boolean;
}

const ORDER: readonly OutcomeKind[] = [
  'better',
  'similar',
  'worse',
  'higher',
  'lower',
  'q1',
  'q2',
  'q3',
  'q4',
  'q5',
  'not-compared',
];

/** Lists only the outcomes on screen, each with its colour and symbol. */
export function OutcomeLegend({
  rows,
  method,
  benchmarkName,
  references,
  bestQuartile = false,
}: OutcomeLegendProps) {
  const present = new Set(rows.map((r) => r.outcome.kind));
  const kinds = ORDER.filter((k) => present.has(k));
  return (
    <div className="legend">
      <p className="legend__heading">
        {method === 'quintiles'
          ? 'Quintile within London (PERCENTILE.INC; 1 = lowest)'
          : `Compared with ${benchmarkName}`}
      </p>
      <ul className="legend__items">
        {kinds.map((kind) => {
          const style = styleOfKind(kind);
          return (
            <li key={kind} className="legend__item">
              <span
                className="legend__swatch"
                style={{ background: style.fill, borderColor: OUTLINE }}
                aria-hidden="true"
              >
                {style.symbol}
              </span>
              {style.label}
            </li>
          );
        })}
        {references.map((r) => (
          <li key={r} className="legend__item">
            <span className={`legend__line legend__line--${r.toLowerCase()}`} aria-hidden="true" />
            {r} value
          </li>
        ))}
        {bestQuartile && (
          <li className="legend__item">
            <span className="legend__swatch legend__swatch--best" aria-hidden="true" />
            best quartile
          </li>
        )}
        <li className="legend__item">▶ selected borough</li>
      </ul>
    </div>
  );
}

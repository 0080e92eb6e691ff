import type { AreaComparison, ComparisonMethod, OutcomeKind, Polarity } from '../../domain';
import {
  JUDGED_FIFTH_FILLS,
  NEUTRAL_QUINTILE_FILLS,
  OUTLINE,
  styleOfKind,
  textColourOn,
} from './outcome-style';
import { SELECTED_MARK } from './selected-mark';

export interface OutcomeLegendProps {
  readonly rows: readonly Pick<AreaComparison, 'outcome' | 'quintile'>[];
  /** Polarities of the indicators on screen: which quintile ramps to explain. */
  readonly polarities: readonly Polarity[];
  readonly method: ComparisonMethod;
  readonly benchmarkName: string;
  /** Reference lines drawn on the chart, with their values where known ("England 30.23"). */
  readonly references: readonly (string | { readonly label: string; readonly value: string })[];
  /** Whether the chart shades the best quartile. */
  readonly bestQuartile?: boolean;
}

const VERDICTS: readonly OutcomeKind[] = [
  'better',
  'similar',
  'worse',
  'higher',
  'lower',
  'not-compared',
];

function Swatch({ fill, symbol }: { readonly fill: string; readonly symbol: string }) {
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

/**
 * Lists only what is on screen: the verdicts against the benchmark, then, apart and labelled as
 * placement rather than comparison, the quintile ramps (neutral for no-judgement indicators,
 * worst-to-best for the others), the reference lines and the best-quartile band.
 */
export function OutcomeLegend({
  rows,
  polarities,
  benchmarkName,
  references,
  bestQuartile = false,
}: OutcomeLegendProps) {
  const placed = rows.some((r) => r.outcome.kind === 'not-compared' && r.quintile !== undefined);
  const present = new Set(
    rows
      .filter((r) => !(r.outcome.kind === 'not-compared' && r.quintile !== undefined))
      .map((r) => r.outcome.kind),
  );
  const verdicts = VERDICTS.filter((k) => present.has(k));
  const neutral = placed && polarities.includes('no-judgement');
  const judged = placed && polarities.some((p) => p !== 'no-judgement');
  return (
    <div className="legend">
      {verdicts.length > 0 && (
        <>
          <p className="legend__heading">Compared with {benchmarkName}</p>
          <ul className="legend__items">
            {verdicts.map((kind) => {
              const style = styleOfKind(kind);
              return (
                <li key={kind} className="legend__item">
                  <Swatch fill={style.fill} symbol={style.symbol} />
                  {style.label}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {placed && (
        <p className="legend__heading">
          Quintile within London, not a comparison (Q1 = lowest fifth of values, Q5 = highest)
        </p>
      )}
      <ul className="legend__items">
        {neutral && (
          <li className="legend__item">
            {NEUTRAL_QUINTILE_FILLS.map((fill, i) => (
              <Swatch key={fill} fill={fill} symbol={`Q${i + 1}`} />
            ))}
            no judgement: lowest to highest
          </li>
        )}
        {judged && (
          <li className="legend__item">
            {JUDGED_FIFTH_FILLS.map((fill) => (
              <Swatch key={fill} fill={fill} symbol="" />
            ))}
            worst fifth to best fifth (darker is better)
          </li>
        )}
        {references.map((ref) => {
          const r = typeof ref === 'string' ? { label: ref, value: '' } : ref;
          return (
            <li key={r.label} className="legend__item">
              <span
                className={`legend__line legend__line--${r.label.toLowerCase()}`}
                aria-hidden="true"
              />
              {r.label} value{r.value ? ` ${r.value}` : ''}
            </li>
          );
        })}
        {bestQuartile && (
          <li className="legend__item">
            <span className="legend__swatch legend__swatch--best" aria-hidden="true" />
            best quartile
          </li>
        )}
        <li className="legend__item">{SELECTED_MARK} selected</li>
      </ul>
    </div>
  );
}

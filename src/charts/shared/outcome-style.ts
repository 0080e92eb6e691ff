import { OUTCOMES, type BenchmarkOutcome, type OutcomeKind } from '../../domain';

export interface OutcomeStyle {
  readonly fill: string;
  /** A text symbol, so the comparison never relies on colour alone. */
  readonly symbol: string;
  readonly label: string;
}

/**
 * Colour-blind-safe: blue / grey / vermillion (Okabe & Ito 2008) for better / similar /
 * worse, purples for no-judgement and quintiles. Every fill has a dark outline so bars keep
 * 3:1 contrast against white (WCAG 1.4.11), and every outcome has a symbol.
 */
const STYLES: Record<OutcomeKind, Omit<OutcomeStyle, 'label'>> = {
  better: { fill: '#0072b2', symbol: '+' },
  similar: { fill: '#8a8a8a', symbol: '=' },
  worse: { fill: '#d55e00', symbol: '−' },
  higher: { fill: '#4b2e83', symbol: '↑' },
  lower: { fill: '#b6a6d9', symbol: '↓' },
  q1: { fill: '#efedf5', symbol: 'Q1' },
  q2: { fill: '#cbc9e2', symbol: 'Q2' },
  q3: { fill: '#9e9ac8', symbol: 'Q3' },
  q4: { fill: '#756bb1', symbol: 'Q4' },
  q5: { fill: '#54278f', symbol: 'Q5' },
  'not-compared': { fill: '#ffffff', symbol: '·' },
};

export const OUTLINE = '#0b0c0c';

export const outcomeStyle = (outcome: BenchmarkOutcome): OutcomeStyle => ({
  ...STYLES[outcome.kind],
  label: OUTCOMES[outcome.kind],
});

export const styleOfKind = (kind: OutcomeKind): OutcomeStyle => ({
  ...STYLES[kind],
  label: OUTCOMES[kind],
});

/** "Worse than England", "Quintile 2", "Not compared (no value)": the words in tables. */
export function describeOutcome(outcome: BenchmarkOutcome, benchmarkName: string): string {
  switch (outcome.kind) {
    case 'not-compared':
      return `Not compared (${outcome.reason})`;
    case 'better':
    case 'similar':
    case 'worse':
    case 'higher':
    case 'lower': {
      const words =
        outcome.kind === 'similar'
          ? `Similar to ${benchmarkName}`
          : `${OUTCOMES[outcome.kind]} than ${benchmarkName}`;
      return outcome.strong ? `${words} (outside 99.8% limits)` : words;
    }
    default:
      return `${OUTCOMES[outcome.kind]} in London`;
  }
}

/** Black or white text, whichever has more contrast on a fill (WCAG relative luminance). */
export function textColourOn(fill: string): '#0b0c0c' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(fill.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#0b0c0c' : '#ffffff';
}

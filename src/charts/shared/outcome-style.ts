import {
  OUTCOMES,
  type AreaComparison,
  type BenchmarkOutcome,
  type OutcomeKind,
  type Polarity,
} from '../../domain';

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

const outcomeStyle = (outcome: BenchmarkOutcome): OutcomeStyle => ({
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

/**
 * Quintile placement, never a verdict. Indicators with no judgement use a neutral purple ramp,
 * light to dark = lowest to highest values. Indicators with a judgement use one green ramp,
 * light to dark = worst to best whichever way the indicator runs, so one colour never means
 * best on one row and worst on the next. The symbol (Q1 lowest values … Q5 highest) carries
 * the placement without colour.
 */
export const NEUTRAL_QUINTILE_FILLS = [
  '#efedf5',
  '#cbc9e2',
  '#9e9ac8',
  '#756bb1',
  '#54278f',
] as const;
export const JUDGED_FIFTH_FILLS = ['#edf8e9', '#bae4b3', '#74c476', '#31a354', '#006d2c'] as const;
const FIFTH_WORDS = ['worst', 'second-worst', 'middle', 'second-best', 'best'] as const;

/** 1 (worst fifth) to 5 (best fifth) for a judged indicator's value quintile. */
const goodnessOf = (quintile: number, polarity: Polarity) =>
  polarity === 'low-is-good' ? 6 - quintile : quintile;

/** "Quintile 2 in London (Q1 = lowest values; second-worst fifth)". */
function describeQuintile(quintile: number, polarity: Polarity): string {
  const base = `Quintile ${quintile} in London (Q1 = lowest values`;
  return polarity === 'no-judgement'
    ? `${base})`
    : `${base}; ${FIFTH_WORDS[goodnessOf(quintile, polarity) - 1]} fifth)`;
}

/** "Q2, second-worst fifth": a table cell under a header that says what Q1 is. */
export function shortQuintile(quintile: number, polarity: Polarity): string {
  return polarity === 'no-judgement'
    ? `Q${quintile}`
    : `Q${quintile}, ${FIFTH_WORDS[goodnessOf(quintile, polarity) - 1]} fifth`;
}

function quintileStyle(quintile: number, polarity: Polarity): OutcomeStyle {
  const fill =
    polarity === 'no-judgement'
      ? NEUTRAL_QUINTILE_FILLS[quintile - 1]
      : JUDGED_FIFTH_FILLS[goodnessOf(quintile, polarity) - 1];
  return {
    fill: fill ?? '#ffffff',
    symbol: `Q${quintile}`,
    label: describeQuintile(quintile, polarity),
  };
}

/**
 * How a unit is drawn: its verdict where it was compared; its quintile where the data has no
 * intervals (labelled as a placement, not a comparison); otherwise "not compared".
 */
export function displayStyle(
  row: Pick<AreaComparison, 'outcome' | 'quintile'>,
  polarity: Polarity,
): OutcomeStyle {
  if (row.outcome.kind === 'not-compared' && row.quintile !== undefined)
    return quintileStyle(row.quintile, polarity);
  return outcomeStyle(row.outcome);
}

/** The whole story in words: the verdict with its benchmark, then the quintile placement. */
export function describeRow(
  row: Pick<AreaComparison, 'outcome' | 'quintile'>,
  benchmarkName: string,
  polarity: Polarity,
): string {
  const verdict =
    row.outcome.kind === 'not-compared'
      ? `Not compared with ${benchmarkName} (${row.outcome.reason})`
      : describeOutcome(row.outcome, benchmarkName);
  return row.quintile !== undefined && row.outcome.kind === 'not-compared'
    ? `${verdict}; ${describeQuintile(row.quintile, polarity)}`
    : verdict;
}

/**
 * The charts' colours, named for what they mean: one place to read them, and to change them.
 * Verdicts are Okabe & Ito's colour-blind-safe blue and vermillion (outcome-style.ts), and every
 * mark keeps an outline so it has 3:1 contrast against the page (WCAG 1.4.11).
 */
export const CHART_COLOURS = {
  /** Text, outlines, benchmark lines. */
  ink: '#0b0c0c',
  paper: '#ffffff',
  /** Secondary text: subtitles, source lines, 95% limits. */
  muted: '#505a5f',
  subtle: '#383f43',
  /** Axis lines and ticks. */
  axis: '#666666',
  /** Gridlines. */
  grid: '#e5e5e5',
  rankedGrid: '#d8d8d8',
  /** A row's guide in a dot chart; London's range on a spine. */
  guide: '#dcdcdc',
  /** London's inter-quartile range on a spine. */
  quartiles: '#9b9b9b',
  /** Whiskers and fitted lines. */
  whisker: '#6f777b',
  /** A selected borough's mark where colour alone marks it (always with ► too). */
  selected: '#ffdd00',
  better: '#0072b2',
  worse: '#d55e00',
  /** The best quartile's band. */
  bestBand: '#cce2d8',
  bestBandEdge: '#005a30',
  border: '#cccccc',
} as const;

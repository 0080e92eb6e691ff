/** Markers publishers use for a missing or suppressed figure. */
const MISSING_MARKERS = new Set(['na', 'n/a', '.', '..', '*', '-', 'x', 'u', 'c', 'null', ':']);

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

export type CellNumber =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'missing'; readonly marker?: string }
  | { readonly kind: 'invalid'; readonly text: string };

/**
 * Reads a numeric cell strictly: `32.768000000000001` and `3.64E-2` are numbers, an empty cell
 * or a publisher's marker (`*`, `NA`, `.`, `x`) is missing, and anything else (`12 %`, `1,234`,
 * `twelve`) is invalid, so the row can be rejected with the column named.
 */
export function parseNumberCell(raw: string | undefined): CellNumber {
  const text = (raw ?? '').trim();
  if (text === '') return { kind: 'missing' };
  if (MISSING_MARKERS.has(text.toLowerCase())) return { kind: 'missing', marker: text };
  if (!NUMBER.test(text)) return { kind: 'invalid', text };
  const value = Number(text);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', text };
}

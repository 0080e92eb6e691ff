/** Markers publishers use for a missing or suppressed figure. */
const MISSING_MARKERS = new Set(['na', 'n/a', '.', '..', '*', '-', 'x', 'u', 'c', 'null', ':']);

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** The result of reading a numeric cell that is not a number. */
export const INVALID = Symbol('invalid');
export const MISSING = Symbol('missing');

/**
 * Reads a numeric cell strictly, without allocating: a number, MISSING (empty or a publisher's
 * marker such as `*`, `NA`, `.`, `x`) or INVALID (`12 %`, `1,234`, `twelve`, `0x10`).
 * `32.768000000000001` and `3.64E-2` are numbers.
 */
export function readNumber(text: string): number | typeof MISSING | typeof INVALID {
  if (text === '') return MISSING;
  // Fast path: Number() accepts exactly the plain decimal forms we want, except the prefixed
  // literals 0x/0b/0o, which have a letter second. (`text` is already trimmed.)
  const value = Number(text);
  if (Number.isFinite(value)) {
    const second = text.charCodeAt(1) | 0x20;
    if (second !== 0x78 && second !== 0x62 && second !== 0x6f) return value;
  }
  if (NUMBER.test(text)) return INVALID; // a plain number too large to be finite
  return MISSING_MARKERS.has(text.toLowerCase()) ? MISSING : INVALID;
}

/**
 * A number as `new Intl.NumberFormat('en-GB', { maximumFractionDigits })` writes it, without
 * ICU. The first Intl number formatter a page makes costs 35-55 ms on a 2-core machine (ICU
 * loads its locale data), and the first view made one on the way to going live; this writes
 * the same text in microseconds.
 *
 * Same rules as ICU: the shortest decimal that reads back as the number (`String(n)`) is
 * rounded half away from zero (1.005 → 1.01, though the double is just under 1.005), trailing
 * zeros dropped, thousands grouped with commas, a minus kept on a value that rounds to zero
 * (-0.04 → "-0"). test/domain/format-number.test.ts checks it against Intl itself.
 */
export function formatNumber(value: number, maxDecimals = 3): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const { digits, point } = decimalDigits(Math.abs(value));
  const [whole, fraction] = roundDigits(digits, point, maxDecimals);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** The shortest decimal digits of a non-negative finite number, and where its point falls. */
function decimalDigits(value: number): { digits: string; point: number } {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  return { digits: whole + fraction, point: whole.length + Number(exponent) };
}

/** Whole and fraction digits, rounded half away from zero to at most `maxDecimals`. */
function roundDigits(digits: string, point: number, maxDecimals: number): [string, string] {
  // Pad so that the point falls inside the digits, with one digit past the last kept.
  const lead = Math.max(0, 1 - point);
  const padded = '0'.repeat(lead) + digits + '0'.repeat(Math.max(0, point + maxDecimals + 1));
  const at = point + lead;
  const kept = padded.slice(0, at + maxDecimals);
  const roundUp = (padded[at + maxDecimals] ?? '0') >= '5';
  const rounded = roundUp ? incrementDigits(kept) : kept;
  // A carry past the first digit (9.96 → 10.0) adds a whole digit.
  const wholeLength = at + (rounded.length - kept.length);
  const whole = rounded.slice(0, wholeLength).replace(/^0+(?=\d)/, '');
  const fraction = rounded.slice(wholeLength).replace(/0+$/, '');
  return [whole, fraction];
}

function incrementDigits(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}

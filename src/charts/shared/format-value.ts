const formatters = new Map<number, Intl.NumberFormat>();

/** Formats a published value for labels and tables; large counts get thousands separators. */
export function formatValue(value: number | null | undefined, maxDecimals = 1): string {
  if (value === null || value === undefined) return '–';
  const decimals = Math.abs(value) >= 1000 ? 0 : maxDecimals;
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-GB', {
      maximumFractionDigits: decimals,
      minimumFractionDigits: 0,
    });
    formatters.set(decimals, formatter);
  }
  return formatter.format(value);
}

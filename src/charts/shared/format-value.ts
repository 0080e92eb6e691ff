import { formatNumber } from '../../domain/format-number';

/** Formats a published value for labels and tables; large counts get thousands separators. */
export function formatValue(value: number | null | undefined, maxDecimals = 1): string {
  if (value === null || value === undefined) return '–';
  return formatNumber(value, Math.abs(value) >= 1000 ? 0 : maxDecimals);
}

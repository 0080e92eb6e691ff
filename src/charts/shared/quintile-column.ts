import type { Polarity } from '../../domain';
import { shortQuintile } from './outcome-style';
import type { TableColumn } from '../../domain/chart-spec';

/**
 * A table's quintile column: the number for CSV, "Q2, second-best fifth" on screen, under a
 * header that says what Q1 is, so no cell has to.
 */
export function quintileColumn<Row>(
  quintileOf: (row: Row) => number | undefined,
  polarityOf: (row: Row) => Polarity,
): TableColumn<Row> {
  return {
    key: 'quintile',
    header: 'Quintile in London (Q1 = lowest values)',
    value: quintileOf,
    format: (row) => {
      const quintile = quintileOf(row);
      return quintile === undefined ? '–' : shortQuintile(quintile, polarityOf(row));
    },
  };
}

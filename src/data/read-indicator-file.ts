import type { Indicator } from '../domain';
import { readPublishedCsv, type ReadResult } from './read-published-csv';

/** Reads a bundled indicator file; a row labelled with another indicator is rejected. */
export function readIndicatorFile(text: string, indicator: Indicator): ReadResult {
  return readPublishedCsv(text, {
    file: indicator.file,
    indicatorFor: (cell) => {
      const id = cell('indicatorId');
      return id === indicator.id
        ? indicator.id
        : { column: 'Indicator ID', reason: `expected "${indicator.id}" but found "${id}"` };
    },
  });
}

import type { Indicator } from '../domain';
import { readPublishedCsv, type ReadResult } from './read-published-csv';
import { readShippedFile } from './shipped-format';

/**
 * Reads a bundled or updated indicator file: the shipped layout (shipped-format.ts), or the
 * normalised layout of earlier releases, where a row labelled with another indicator is rejected.
 */
export function readIndicatorFile(text: string, indicator: Indicator): ReadResult {
  const shipped = readShippedFile(text, indicator);
  if (shipped) return shipped;
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

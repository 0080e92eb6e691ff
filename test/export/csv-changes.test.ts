import { describe, expect, it } from 'vitest';
import { describeCsvChanges } from '../../src/export/csv-changes';

// Synthetic tables, as a chart's CSV is written (BOM, CRLF).
const csv = (...rows: string[]) => `\uFEFFArea code,Value\r\n${rows.join('\r\n')}\r\n`;

describe('what changed since a snapshot was saved', () => {
  it('says the same values only when every row is there as it was', () => {
    expect(describeCsvChanges(csv('A,1', 'B,2'), csv('A,1', 'B,2'))).toBe(
      'The first chart shows the same values as when it was saved.',
    );
  });

  it('counts rows that disappeared, as well as rows that changed or are new', () => {
    expect(describeCsvChanges(csv('A,1', 'B,2', 'C,3'), csv('A,1', 'B,2'))).toBe(
      'Since it was saved, 1 row is no longer there: 3 rows then, 2 now.',
    );
    expect(describeCsvChanges(csv('A,1', 'B,2'), csv('A,9', 'C,3'))).toBe(
      'Since it was saved, 1 row differs (values, intervals or verdicts), 1 row is new, 1 row is no longer there: 2 rows then, 2 now.',
    );
  });

  it('says when the columns themselves changed', () => {
    expect(describeCsvChanges(csv('A,1'), '\uFEFFArea code,Value,Rank\r\nA,1,1\r\n')).toBe(
      'The first chart now has different columns from when the snapshot was saved.',
    );
  });
});

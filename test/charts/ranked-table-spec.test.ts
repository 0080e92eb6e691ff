import { describe, expect, it } from 'vitest';
import { rankedTableSpec } from '../../src/charts/ranked-bar/ranked-table-spec';
import { formatCell } from '../../src/domain/chart-spec';
import { asAreaCode, type AreaComparison } from '../../src/domain';
import { specToCsv } from '../../src/export/csv';

/** Synthetic rows: made here, not published figures. */
const row = (n: number, over: Partial<AreaComparison> = {}): AreaComparison => ({
  code: asAreaCode(`E090000${String(n).padStart(2, '0')}`),
  name: `Synthetic ${n}`,
  value: n * 10,
  outcome: { kind: 'not-compared', reason: 'no 95% interval published' },
  quintile: ((n - 1) % 5) + 1,
  selected: false,
  ...over,
});
const spec = (rows: readonly AreaComparison[]) =>
  rankedTableSpec(rows, {
    caption: 'Synthetic',
    unit: '%',
    benchmarkName: 'England',
    polarity: 'high-is-good',
    ciLevel: '95',
  });
const cells = (rows: readonly AreaComparison[], key: string) => {
  const s = spec(rows);
  const column = s.columns.find((c) => c.key === key)!;
  return s.rows.map((r) => formatCell(column, r));
};

describe('rankedTableSpec: a reason many rows share', () => {
  it('is said once under the table when every uncompared row gives it, and kept per row in the CSV', () => {
    const rows = [row(1), row(2), row(3)];
    expect(cells(rows, 'verdict')).toEqual(['Not compared', 'Not compared', 'Not compared']);
    expect(spec(rows).notes).toEqual(['Not compared with England: no 95% interval published.']);
    expect(specToCsv(spec(rows))).toContain('Not compared (no 95% interval published)');
  });

  it('leaves a different reason in its row, and a single uncompared row as it was', () => {
    const other = row(4, { value: null, outcome: { kind: 'not-compared', reason: 'no value' } });
    expect(cells([row(1), row(2), other], 'verdict')).toEqual([
      'Not compared',
      'Not compared',
      'Not compared (no value)',
    ]);
    expect(spec([row(1), row(2), other]).notes).toEqual([
      '“Not compared” with no reason in its row: no 95% interval published.',
    ]);
    const compared = row(2, { outcome: { kind: 'better', method: 'ci-overlap' } });
    expect(cells([row(1), compared], 'verdict')).toEqual([
      'Not compared (no 95% interval published)',
      '+ Better than England',
    ]);
    expect(spec([row(1), compared]).notes).toEqual([]);
  });

  it('numbers the notes when two or more reasons are each shared', () => {
    const noValue = (n: number) =>
      row(n, { value: null, outcome: { kind: 'not-compared', reason: 'no value' } });
    const rows = [
      row(1),
      row(2),
      row(3),
      noValue(4),
      noValue(5),
      row(6, { outcome: { kind: 'not-compared', reason: 'its own reason' } }),
    ];
    expect(cells(rows, 'verdict')).toEqual([
      'Not compared (note 1)',
      'Not compared (note 1)',
      'Not compared (note 1)',
      'Not compared (note 2)',
      'Not compared (note 2)',
      'Not compared (its own reason)',
    ]);
    expect(spec(rows).notes).toEqual([
      'Note 1, not compared with England: no 95% interval published.',
      'Note 2, not compared with England: no value.',
    ]);
  });

  it('names the fifth in the quintile column, whose header says what Q1 is', () => {
    const s = spec([row(1), row(5)]);
    expect(s.columns.find((c) => c.key === 'quintile')?.header).toBe(
      'Quintile in London (Q1 = lowest values)',
    );
    expect(cells([row(1), row(5)], 'quintile')).toEqual(['Q1, worst fifth', 'Q5, best fifth']);
  });
});

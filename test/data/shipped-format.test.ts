import { describe, expect, it } from 'vitest';
import { pointsToShippedCsv, readShippedFile } from '../../src/data/shipped-format';
import { readIndicatorFile } from '../../src/data/read-indicator-file';
import { asAreaCode, asIndicatorId } from '../../src/domain';
import { makeDataPoint, makeIndicator } from '../factories';

// Synthetic rows whose notes repeat with only the figures changed, as a provider measure's do.
const indicator = makeIndicator();
const points = [
  makeDataPoint({
    value: 51.8,
    count: 24984,
    denominator: 48239,
    note: 'Denominator = M076 (51285) minus M179 (3046); Numerator=M191',
  }),
  makeDataPoint({
    code: asAreaCode('E09000002'),
    value: null,
    note: 'Denominator = M076 (40) minus M179 (5); suppressed',
  }),
  makeDataPoint({ code: asAreaCode('E09000003'), value: 12.5 }),
];

describe('the shipped data layout', () => {
  it('reads back every point exactly as written, each note from its templates', () => {
    const text = pointsToShippedCsv(points, indicator);
    // Each repeated sentence is written once, in the note table after the rows.
    expect(text.match(/minus M179/g)).toHaveLength(1);
    const read = readIndicatorFile(text, indicator);
    expect(read.rejects).toEqual([]);
    expect(read.points.map((p) => [p.code, p.value, p.note ?? ''])).toEqual([
      ['E09000001', 51.8, points[0]!.note],
      ['E09000002', null, points[1]!.note],
      ['E09000003', 12.5, ''],
    ]);
  });

  it('names the file when it holds another indicator, or its note table does not match its rows', () => {
    const text = pointsToShippedCsv(points, indicator);
    expect(() =>
      readShippedFile(text, makeIndicator({ id: asIndicatorId('other-indicator') })),
    ).toThrow(/holds "synthetic-indicator", not "other-indicator"/);
    const cut = text.replace(/\n1,[^\n]*\n/, '\n');
    expect(() => readShippedFile(cut, indicator)).toThrow(
      /note table|does not match the file's note table/,
    );
  });
});

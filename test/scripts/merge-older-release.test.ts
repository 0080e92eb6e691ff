import { describe, expect, it } from 'vitest';
import { mergeOlderRelease } from '../../scripts/snapshot/merge-older-release';
import { asAreaCode, ENGLAND, type DataPoint } from '../../src/domain';
import { makeDataPoint } from '../factories';

// Synthetic figures: two releases of one measure, one period each side.
const y2425 = { label: '2024/25', start: '2024-04-01', end: '2025-03-31' };
const y2223 = { label: '2022/23', start: '2022-04-01', end: '2023-03-31' };
const at = (code: string, value: number | null, period = y2425): DataPoint =>
  makeDataPoint({ code: asAreaCode(code), value, period });

const newest = Object.freeze([at('E09000001', 9.4321), at('E09000002', 12.0499)]);

describe('mergeOlderRelease', () => {
  it("lends the older release's England row where both agree, to its precision, on every shared area", () => {
    const older = [at('E09000001', 9.4), at('E09000002', 12.0), at(ENGLAND, 14.3)];
    const merge = mergeOlderRelease(newest, older, 'the older extract');
    expect(merge.lent.map((p) => [p.code, p.value])).toEqual([[ENGLAND, 14.3]]);
    expect(merge.lent[0]?.note).toBe(
      'England value from the older extract, which agrees with the newest release on all 2 areas both publish for 2024/25',
    );
    expect(merge.lentSummary).toEqual([{ code: ENGLAND, period: '2024/25', sharedAreas: 2 }]);
    expect(merge.superseded).toBe(1);
  });

  it('lends nothing when one shared area differs beyond rounding', () => {
    // 12.0499 rounds to 12.0, not 12.1: a different figure, so the releases disagree.
    const older = [at('E09000001', 9.4), at('E09000002', 12.1), at(ENGLAND, 14.3)];
    const merge = mergeOlderRelease(newest, older, 'the older extract');
    expect(merge.lent).toEqual([]);
    expect(merge.disagreements).toEqual(['2024/25: 1 of 2 shared areas differ, no benchmark lent']);
  });

  it('lends nothing when the releases share no area with a value in that period', () => {
    const older = [at('E09000001', null), at(ENGLAND, 14.3)];
    expect(mergeOlderRelease(newest, older, 'x').lent).toEqual([]);
  });

  it('adds whole periods the newest lacks, and never single areas of a covered period', () => {
    const older = [at('E09000003', 7.7), at('E09000001', 8.1, y2223), at(ENGLAND, 13, y2223)];
    const merge = mergeOlderRelease(newest, older, 'x');
    expect(merge.added.map((p) => [p.code, p.period.label])).toEqual([
      ['E09000001', '2022/23'],
      [ENGLAND, '2022/23'],
    ]);
    expect(merge.lent).toEqual([]);
  });
});

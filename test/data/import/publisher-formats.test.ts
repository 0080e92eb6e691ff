import { describe, expect, it } from 'vitest';
import { asIndicatorId } from '../../../src/domain';
import {
  formatOf,
  knownIndicators,
  PUBLISHER_FORMATS,
  type IndicatorCells,
} from '../../../src/data/import/publisher-formats';
import { makeIndicator } from '../../factories';

const cells = (over: Partial<IndicatorCells>): IndicatorCells => ({
  indicatorId: '',
  measureId: '',
  indicatorName: '',
  measureName: '',
  unit: '',
  ...over,
});

/** Synthetic catalogue entries, one per way a publisher names an indicator. */
const known = knownIndicators([
  makeIndicator({ id: asIndicatorId('fingertips-41001'), fingertipsId: 41001 }),
  makeIndicator({ id: asIndicatorId('nhstt-recovery'), match: { measureIds: ['M192'] } }),
  makeIndicator({
    id: asIndicatorId('ons-anxiety'),
    match: {
      names: [{ name: 'Anxiety - Mean' }, { name: 'Female life expectancy', sex: 'Female' }],
    },
  }),
]);
const make = (input: { id: string; name: string }) =>
  makeIndicator({ id: asIndicatorId(input.id), name: input.name });

describe('PUBLISHER_FORMATS', () => {
  it('recognises each publisher by the cells that name the indicator, in order', () => {
    expect(formatOf(cells({ indicatorId: '41001', indicatorName: 'Suicide rate' }))).toBe(
      PUBLISHER_FORMATS[0],
    );
    expect(formatOf(cells({ measureId: 'M192', indicatorName: 'Recovery' }))).toBe(
      PUBLISHER_FORMATS[1],
    );
    expect(formatOf(cells({ indicatorName: 'Anxiety', measureName: 'Mean' }))).toBe(
      PUBLISHER_FORMATS[2],
    );
    expect(formatOf(cells({}))).toBeUndefined();
  });

  it('finds the catalogue entry by each format’s own rule, or makes one from the file', () => {
    const resolve = (c: IndicatorCells) => formatOf(c)!.resolve(c, known, make, 'borough');
    expect(resolve(cells({ indicatorId: '41001' })).indicator.id).toBe('fingertips-41001');
    expect(resolve(cells({ indicatorId: '90000', indicatorName: 'New one' })).indicator.id).toBe(
      'fingertips-90000',
    );
    expect(resolve(cells({ measureId: 'm192' })).indicator.id).toBe('nhstt-recovery');
    // ONS names the measure within the indicator: "Anxiety" + "Mean" is "Anxiety - Mean".
    expect(resolve(cells({ indicatorName: 'Anxiety', measureName: 'Mean' })).indicator.id).toBe(
      'ons-anxiety',
    );
    expect(resolve(cells({ indicatorName: 'Female life expectancy' }))).toMatchObject({
      sex: 'Female',
    });
    expect(resolve(cells({ indicatorName: 'Something else' })).indicator.id).toBe(
      'file-something-else',
    );
  });
});

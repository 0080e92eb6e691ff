import { beforeEach, describe, expect, it } from 'vitest';
import { asAreaCode, asIndicatorId } from '../../src/domain';
import { selectUrlState, useSelectionStore } from '../../src/state/selection-store';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';

const store = () => useSelectionStore.getState();

describe('selection store', () => {
  beforeEach(() => store().replace(DEFAULT_URL_STATE));

  it('replace clears keys the new state does not have (back to a link without an indicator)', () => {
    store().replace({
      ...DEFAULT_URL_STATE,
      indicator: asIndicatorId('fingertips-848'),
      period: '2014/15',
    });
    store().replace(DEFAULT_URL_STATE);
    expect(selectUrlState(store())).toEqual(DEFAULT_URL_STATE);
  });

  it('choosing an indicator resets period and sex, which belonged to the old one', () => {
    store().setPeriod('2014/15');
    store().setSex('Female');
    store().setIndicator(asIndicatorId('fingertips-90362'));
    expect(selectUrlState(store())).toMatchObject({
      indicator: 'fingertips-90362',
      period: undefined,
      sex: undefined,
    });
  });

  it('toggles boroughs and keeps them sorted', () => {
    store().toggleBorough(asAreaCode('E09000007'));
    store().toggleBorough(asAreaCode('E09000003'));
    expect(store().boroughs).toEqual(['E09000003', 'E09000007']);
    store().toggleBorough(asAreaCode('E09000007'));
    expect(store().boroughs).toEqual(['E09000003']);
  });
});

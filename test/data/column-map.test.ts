import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../src/data/column-map';

describe('mapColumns', () => {
  it.each([
    [
      'website',
      ['Area Code', 'Time period', 'Value', 'Lower CI 95.0 limit', 'Upper CI 99.8 limit'],
    ],
    ['API', ['Area_Code', 'Timeperiod', 'Value', 'Lower_CI_95.0_limit', 'Upper_CI_99.8_limit']],
    ['fingertipsR', ['AreaCode', 'Timeperiod', 'Value', 'LowerCI95.0limit', 'UpperCI99.8limit']],
  ])('maps the Fingertips %s header style to the same columns', (_style, headers) => {
    const { columns, unknown } = mapColumns(headers);
    expect(Object.keys(columns).sort()).toEqual([
      'areaCode',
      'lower95',
      'period',
      'upper998',
      'value',
    ]);
    expect(columns.lower95).toBe(headers[3]);
    expect(unknown).toEqual([]);
  });

  it('reports columns it does not know without failing', () => {
    expect(mapColumns(['Area Code', 'Sortable period', 'New data']).unknown).toEqual([
      'Sortable period',
      'New data',
    ]);
  });

  it('ignores a byte-order mark on the first header', () => {
    expect(mapColumns(['\uFEFFIndicator ID']).columns.indicatorId).toBe('\uFEFFIndicator ID');
  });
});

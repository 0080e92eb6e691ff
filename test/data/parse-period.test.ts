import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/data/parse-period';
import { comparePeriods } from '../../src/domain';

describe('parsePeriod', () => {
  it.each([
    ['2010/11', '2010-04-01', '2011-03-31'],
    ['1999/00', '1999-04-01', '2000-03-31'],
    ['2009/10 - 11/12', '2009-04-01', '2012-03-31'],
    ['2001-03', '2001-01-01', '2003-12-31'],
    ['2015 - 17', '2015-01-01', '2017-12-31'],
    ['2098 - 01', '2098-01-01', '2101-12-31'],
    ['2017', '2017-01-01', '2017-12-31'],
    ['04/2020-03/2021', '2020-04-01', '2021-03-31'],
    ['02/2020-02/2021', '2020-02-01', '2021-02-28'],
    ['2024-07-01 to 2024-09-30', '2024-07-01', '2024-09-30'],
    ['2011-01-01/P3Y', '2011-01-01', '2013-12-31', '2011 - 13'],
    ['2022-04-01/P1Y', '2022-04-01', '2023-03-31', '2022/23'],
    ['2019-01-01/P1Y', '2019-01-01', '2019-12-31', '2019'],
    ['2023/24 (2023-04-01 to 2024-03-31)', '2023-04-01', '2024-03-31'],
    ['2017-18 (2017-04-01 to 2018-03-31)', '2017-04-01', '2018-03-31'],
    ['NHS Staff Survey 2021 (fieldwork autumn 2021)', '2021-01-01', '2021-12-31'],
  ])('reads "%s" as %s to %s', (label, start, end, readable = label) => {
    expect(parsePeriod(label)).toEqual({ label: readable, start, end });
  });

  it.each(['not stated in source', 'Latest 12-month period in SHMI publication Jan25-Dec25'])(
    'keeps "%s" as text without dates',
    (label) => {
      expect(parsePeriod(label)).toEqual({ label });
    },
  );

  it('sorts rolling periods by start, and undated periods first', () => {
    const labels = ['2002-04', 'not stated', '2001-03', '2001/02'];
    const sorted = labels
      .map(parsePeriod)
      .sort(comparePeriods)
      .map((p) => p.label);
    expect(sorted).toEqual(['not stated', '2001-03', '2001/02', '2002-04']);
  });
});

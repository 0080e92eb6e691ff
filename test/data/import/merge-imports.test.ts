import { describe, expect, it } from 'vitest';
import type { FileImport } from '../../../src/data/import/import-published-file';
import { mergeImports } from '../../../src/data/import/merge-imports';
import { asAreaCode, asIndicatorId } from '../../../src/domain';
import { makeDataPoint, makeIndicator } from '../../factories';

const indicator = makeIndicator();
const fileOf = (points: FileImport['points'], extra: Partial<FileImport> = {}): FileImport => ({
  file: 'synthetic.csv',
  rowsRead: points.length,
  points,
  indicators: [indicator],
  newIndicatorIds: [],
  skipped: {},
  skippedFirst: {},
  organisations: [],
  rejects: [],
  unknownColumns: [],
  notes: [],
  ...extra,
});

describe('mergeImports', () => {
  it('replaces a row for the same area, period span and sex, whatever the period label or age, and keeps the rest', () => {
    const old = [
      makeDataPoint({
        value: 1,
        period: { label: '2013 - 15', start: '2013-01-01', end: '2015-12-31' },
        age: 'At birth',
      }),
      makeDataPoint({ code: asAreaCode('E09000002'), value: 2 }),
    ];
    const update = fileOf([
      makeDataPoint({
        value: 10,
        period: { label: '2013-01-01/P3Y', start: '2013-01-01', end: '2015-12-31' },
        age: '',
      }),
    ]);
    const result = mergeImports([{ indicator, points: old }], [update]);
    expect(
      result.points
        .get(indicator.id)
        ?.map((p) => p.value)
        .sort(),
    ).toEqual([10, 2]);
    expect(result.changes).toEqual([
      { id: indicator.id, status: 'updated', pointsAdded: 0, pointsReplaced: 1, points: 2 },
    ]);
  });

  it('keeps one label per span: the label the data had, for replaced rows and new areas alike', () => {
    const span = { start: '2022-01-01', end: '2024-12-31' };
    const old = [makeDataPoint({ value: 1, period: { label: '2022 - 24', ...span } })];
    const update = fileOf([
      makeDataPoint({ value: 2, period: { label: '2022-24', ...span } }),
      makeDataPoint({
        code: asAreaCode('E09000002'),
        value: 3,
        period: { label: '2022-24', ...span },
      }),
    ]);
    const result = mergeImports([{ indicator, points: old }], [update]);
    expect(result.points.get(indicator.id)?.map((p) => p.period.label)).toEqual([
      '2022 - 24',
      '2022 - 24',
    ]);
  });

  it('adds new indicators and says so', () => {
    const fresh = makeIndicator({ id: asIndicatorId('synthetic-new') });
    const result = mergeImports(
      [],
      [fileOf([makeDataPoint({ indicatorId: fresh.id })], { indicators: [fresh] })],
    );
    expect(result.changes).toEqual([
      { id: 'synthetic-new', status: 'added', pointsAdded: 1, pointsReplaced: 0, points: 1 },
    ]);
  });

  it('loses nothing when a file brings no rows', () => {
    const result = mergeImports(
      [{ indicator, points: [makeDataPoint()] }],
      [fileOf([], { indicators: [] })],
    );
    expect(result.points.get(indicator.id)).toHaveLength(1);
    expect(result.changes[0]?.status).toBe('unchanged');
  });
});

describe('mergeImports: which release each period comes from', () => {
  const span = (year: number) => ({
    label: `${year} - ${(year + 2) % 100}`,
    start: `${year}-01-01`,
    end: `${year + 2}-12-31`,
  });
  const older = makeDataPoint({ value: 1, period: span(2009) });
  const kept = makeDataPoint({ value: 2, period: span(2011) });

  it('lists the bundled releases and the new file per period after an update', () => {
    const bundled = makeIndicator({
      releases: [
        { label: 'Newer release', extractedFrom: 'repo@12345678 new.csv', periods: ['2011 - 13'] },
        { label: 'Older release', extractedFrom: 'repo@12345678 old.csv', periods: ['2009 - 11'] },
      ],
    });
    const update = fileOf([
      makeDataPoint({ value: 3, period: span(2013) }),
      makeDataPoint({ value: 4, period: span(2011) }),
    ]);
    const result = mergeImports([{ indicator: bundled, points: [older, kept] }], [update]);
    expect(result.indicators[0]?.releases).toEqual([
      { label: 'Older release', extractedFrom: 'repo@12345678 old.csv', periods: ['2009 - 11'] },
      {
        label: 'Published file synthetic.csv',
        extractedFrom: 'synthetic.csv',
        periods: ['2011 - 13', '2013 - 15'],
      },
    ]);
  });

  it('adds no release list when one file supplies every period', () => {
    const result = mergeImports(
      [{ indicator, points: [kept] }],
      [fileOf([makeDataPoint({ value: 5, period: span(2011) })])],
    );
    expect(result.indicators[0]?.releases).toBeUndefined();
  });
});

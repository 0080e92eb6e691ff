import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  importPublishedFile,
  type ImportContext,
} from '../../../src/data/import/import-published-file';
import { FileError } from '../../../src/data/parse-csv';
import { makeIndicator } from '../../factories';
import { asIndicatorId } from '../../../src/domain';

/** Synthetic rows written here in code: the layouts are real, the figures are not. */
const context: ImportContext = {
  indicators: [
    makeIndicator({ id: asIndicatorId('fingertips-99999'), fingertipsId: 99999 }),
    makeIndicator({
      id: asIndicatorId('synthetic-measure'),
      level: 'provider',
      match: { measureIds: ['SYN01'] },
    }),
    makeIndicator({
      id: asIndicatorId('synthetic-named'),
      match: {
        names: [{ name: 'Female synthetic score', sex: 'Female' }, { name: 'Synthetic - Mean' }],
      },
    }),
  ],
  boroughCodes: new Set(['E09000001', 'E09000002']),
  today: '2026-01-01',
};
const load = (text: string) => importPublishedFile(text, 'synthetic.csv', context);

describe('importPublishedFile', () => {
  it.each([
    [
      'website',
      'Indicator ID,Area Code,Sex,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit',
    ],
    ['API', 'Indicator_ID,Area_Code,Sex,Time_period,Value,Lower_CI_95.0_limit,Upper_CI_95.0_limit'],
    ['fingertipsR', 'IndicatorID,AreaCode,Sex,Timeperiod,Value,LowerCI95.0limit,UpperCI95.0limit'],
  ])('reads a Fingertips export with %s headers into the known indicator', (_style, header) => {
    const result = load(
      `${header}\n99999,E09000002,Male,2015 - 17,12.5,10.1,15.2\n99999,E06000001,Male,2015 - 17,9,8,10`,
    );
    expect(result.rejects).toEqual([]);
    expect(result.points).toEqual([
      expect.objectContaining({
        indicatorId: 'fingertips-99999',
        code: 'E09000002',
        sex: 'Male',
        value: 12.5,
        ci95: { lower: 10.1, upper: 15.2 },
      }),
    ]);
    expect(result.skipped).toEqual({ 'area outside London': 1 });
    expect(result.newIndicatorIds).toEqual([]);
  });

  it('keeps the publisher’s comparison and recent-trend labels', () => {
    const text =
      'IndicatorID,AreaCode,Timeperiod,Value,Recent_Trend,Compared_to_England_value_or_percentiles\n99999,E09000001,2020,5,Cannot be calculated,Lower';
    expect(load(text).points[0]).toMatchObject({
      publishedTrend: 'Cannot be calculated',
      publishedComparison: 'Lower',
    });
  });

  it('leaves out Fingertips breakdown rows (deprivation deciles) and keeps the area totals', () => {
    const text =
      'Indicator ID,Area Code,Category Type,Category,Time period,Value\n99999,E92000001,,,2020,5\n99999,E92000001,Deprivation decile,Most deprived,2020,9';
    expect(load(text)).toMatchObject({
      points: [expect.objectContaining({ value: 5 })],
      skipped: { 'breakdown by category (e.g. deprivation decile)': 1 },
    });
  });

  it('reads ONS Explore Local Statistics: ISO periods, measures within indicators, status flags', () => {
    const text = [
      'areacd,areanm,geography,indicator,period,measure,observation,unit,lci_95,uci_95,status,notes',
      'E09000001,City,LAD,Synthetic,2014-04-01/P1Y,Mean,,Score,,,x,',
      'E09000002,Barking,LAD,Synthetic,2014-04-01/P1Y,Mean,3.1,Score,3.0,3.2,u,',
    ].join('\n');
    const result = load(text);
    expect(result.rejects).toEqual([]);
    expect(result.points.map((p) => [p.indicatorId, p.period.start, p.value, p.note])).toEqual([
      ['synthetic-named', '2014-04-01', null, 'status flag x (not available)'],
      ['synthetic-named', '2014-04-01', 3.1, 'status flag u (low reliability)'],
    ]);
  });

  it('sets the sex from a publisher indicator name that carries it', () => {
    const result = load(
      'Indicator Name,Area Code,Time period,Value\nFemale synthetic score,E09000002,2019 - 21,63',
    );
    expect(result.points[0]).toMatchObject({ indicatorId: 'synthetic-named', sex: 'Female' });
  });

  it('keeps providers and England from an NHS measure file and leaves out geographies and subtotals', () => {
    const text = [
      'Indicator Name,Measure ID,Organisation Code,Organisation Name,Organisation Type,Time period,Value,Numerator,Denominator',
      'Synthetic,SYN01,ENG,England,England (all submissions),2024,50,500,1000',
      'Synthetic,SYN01,RV5,Trust,NHS Trust,2024,40,40,100',
      'Synthetic,SYN01,QMF,ICB,ICB,2024,45,45,100',
      'Synthetic,SYN01,ENG_NHS_TRUST,Subtotal,NHS Trust (England subtotal),2024,45,45,100',
      'Synthetic,SYN01,UNKNOWN,Unknown,ICB of GP Practice or Residence,2024,1,1,100',
      'Synthetic,SYN01,01T/01V,CCG pair,CCGs,2024,1,1,100',
    ].join('\n');
    const result = load(text);
    expect(result.rejects).toEqual([]);
    expect(result.points.map((p) => p.code)).toEqual(['E92000001', 'RV5']);
    expect(result.skipped).toEqual({
      'organisation type "ICB" is not a provider': 1,
      'national subtotal or unknown organisation': 2,
      'organisation type "CCGs" is not a provider': 1,
    });
  });

  it('creates an honest catalogue entry for an indicator it does not know', () => {
    const result = load(
      'Indicator ID,Indicator Name,Area Code,Time period,Value\n12345,Synthetic unknown rate,E09000001,2020,7',
    );
    expect(result.newIndicatorIds).toEqual(['fingertips-12345']);
    expect(result.indicators[0]).toMatchObject({
      name: 'Synthetic unknown rate',
      polarity: 'no-judgement',
      domain: 'context',
      level: 'borough',
    });
  });

  it('rejects a second, different value for the same row, and drops an identical repeat', () => {
    const text =
      'Indicator ID,Area Code,Time period,Value\n99999,E09000001,2020,7\n99999,E09000001,2020,7\n99999,E09000001,2020,8';
    const result = load(text);
    expect(result.skipped).toEqual({ 'repeated row with the same value': 1 });
    expect(result.rejects).toEqual([
      {
        file: 'synthetic.csv',
        row: 4,
        column: 'Value',
        reason:
          'duplicate of an earlier row (same area, period, sex and age) with a different value',
      },
    ]);
  });

  it('reads a semicolon-separated export and says so', () => {
    const result = load('Indicator ID;Area Code;Time period;Value\n99999;E09000001;2020;7');
    expect(result.points).toHaveLength(1);
    expect(result.notes).toEqual([
      'Columns are separated by semicolons, not commas; the file was read that way.',
    ]);
  });

  it.each([
    [
      'a delimiter that cannot be recognised',
      'Indicator ID:Area Code:Time period:Value\n99999:E09000001:2020:7',
      'expected columns',
    ],
    ['an empty file', '', 'the file is empty'],
    ['a binary file', '\u0000\u0001PNG', 'not a text CSV file'],
  ])('says what is wrong with %s', (_case, text, message) => {
    expect(() => load(text)).toThrow(FileError);
    expect(() => load(text)).toThrow(message);
  });

  it('never throws anything but a FileError, whatever the bytes (property)', () => {
    const header =
      'Indicator ID,Area Code,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Count';
    const mutatedCsv = fc
      .array(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              '99999',
              'E09000001',
              '2020',
              '7',
              '',
              '*',
              '"',
              ',',
              '\n',
              '\r\n',
              'x',
              '-1e9',
              'NaN',
            ),
            fc.string(),
          ),
          { maxLength: 8 },
        ),
        { maxLength: 20 },
      )
      .map((rows) => [header, ...rows.map((r) => r.join(','))].join('\n'));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.uint8Array({ maxLength: 300 }).map((b) => String.fromCharCode(...b)),
          mutatedCsv,
        ),
        (text) => {
          try {
            const result = load(text);
            expect(
              result.points.length +
                result.rejects.length +
                Object.values(result.skipped).reduce((a, b) => a + b, 0),
            ).toBe(result.rowsRead);
          } catch (error) {
            // The property: every input is read whole, or refused with a FileError.
            // eslint-disable-next-line vitest/no-conditional-expect
            expect(error).toBeInstanceOf(FileError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

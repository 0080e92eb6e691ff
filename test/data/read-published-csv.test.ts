import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/data/parse-csv';
import { readPublishedCsv } from '../../src/data/read-published-csv';
import { asIndicatorId, describeReject } from '../../src/domain';

const ID = asIndicatorId('synthetic-indicator');
const read = (text: string) =>
  readPublishedCsv(text, { file: 'synthetic.csv', indicatorFor: () => ID });
const HEADER =
  'Area Code,Time period,Sex,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Count,Denominator,Value note';

/** Synthetic rows built here, in code: never published figures. */
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('readPublishedCsv', () => {
  it('reads a valid row into a DataPoint', () => {
    const result = read(csv('E09000002,2020/21,Female,12.5,10.1,15.2,40,320000,'));
    expect(result.rejects).toEqual([]);
    expect(result.points).toEqual([
      {
        indicatorId: ID,
        code: 'E09000002',
        period: { label: '2020/21', start: '2020-04-01', end: '2021-03-31' },
        sex: 'Female',
        age: '',
        value: 12.5,
        ci95: { lower: 10.1, upper: 15.2 },
        count: 40,
        denominator: 320000,
      },
    ]);
  });

  it('keeps a suppressed value missing, with the reason', () => {
    const [point] = read(csv('E09000001,2020/21,Persons,*,,,,,')).points;
    expect(point?.value).toBeNull();
    expect(point?.note).toBe('value shown as "*" in source');
  });

  it('keeps the published note on an empty value', () => {
    const [point] = read(csv('E09000001,2020/21,Persons,,,,,,NA in source file')).points;
    expect(point).toMatchObject({ value: null, note: 'NA in source file' });
  });

  it('accepts CRLF line endings, a BOM, and quoted commas and newlines', () => {
    const text =
      '\uFEFF' +
      csv('E09000002,2020/21,Persons,1,,,,,"a note, with a comma\nand a newline"').replace(
        /\n(?=E09)/g,
        '\r\n',
      );
    const result = read(text);
    expect(result.rejects).toEqual([]);
    expect(result.points[0]?.note).toBe('a note, with a comma\nand a newline');
  });

  it.each([
    [
      'text in a numeric column',
      'E09000002,2020/21,Persons,twelve,,,,,',
      'Value',
      '"twelve" is not a number',
    ],
    [
      'an unknown area code',
      'Barnet,2020/21,Persons,1,,,,,',
      'Area Code',
      '"Barnet" is not an ONS area code',
    ],
    [
      'one confidence limit',
      'E09000002,2020/21,Persons,1,0.5,,,,',
      'Upper CI 95.0 limit',
      'one confidence limit is missing',
    ],
    [
      'crossed limits',
      'E09000002,2020/21,Persons,1,2,0.5,,,',
      'Lower CI 95.0 limit',
      'lower limit 2 is above upper limit 0.5',
    ],
    ['an empty period', 'E09000002,,Persons,1,,,,,', 'Time period', 'the time period is empty'],
    [
      'a non-numeric count',
      'E09000002,2020/21,Persons,1,,,12 %,,',
      'Count',
      '"12 %" is not a number',
    ],
  ])('rejects %s, naming file, row and column', (_case, row, column, reason) => {
    const result = read(csv('E09000001,2020/21,Persons,1,,,,,', row));
    expect(result.points).toHaveLength(1);
    expect(result.rejects).toEqual([{ file: 'synthetic.csv', row: 3, column, reason }]);
    expect(describeReject(result.rejects[0]!)).toBe(
      `synthetic.csv, row 3, column "${column}": ${reason}`,
    );
  });

  it('rejects a duplicate row and keeps the first', () => {
    const result = read(
      csv('E09000002,2020/21,Persons,1,,,,,', 'E09000002,2020/21,Persons,2,,,,,'),
    );
    expect(result.points.map((p) => p.value)).toEqual([1]);
    expect(result.rejects[0]).toMatchObject({
      row: 3,
      reason: expect.stringContaining('duplicate'),
    });
  });

  it('names the expected columns when a file has none of them', () => {
    expect(() => read('name,score\nBarnet,1')).toThrow(
      new FileError(
        'synthetic.csv',
        'expected columns "Area Code" (or "Organisation Code"), "Time period", "Value" but the header has none of them',
      ),
    );
  });

  it.each([
    ['an empty file', '', 'the file is empty'],
    ['a blank file', ' \r\n \n', 'the file is empty'],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000binary', 'not a text CSV file'],
  ])('rejects %s with a message naming the file', (_case, text, message) => {
    expect(() => read(text)).toThrow(/^synthetic\.csv: /);
    expect(() => read(text)).toThrow(message);
  });

  it('reads a header-only file as zero rows', () => {
    expect(read(HEADER)).toMatchObject({ points: [], rejects: [], rowsRead: 0 });
  });

  it('maps an NHS "England" organisation row to the England area code', () => {
    const result = readPublishedCsv(
      'Organisation Code,Time period,Value\nEngland,2024,5\nRV5,2024,4',
      {
        file: 'synthetic.csv',
        indicatorFor: () => ID,
      },
    );
    expect(result.points.map((p) => p.code)).toEqual(['E92000001', 'RV5']);
  });

  it('skips rows outside the scope without rejecting them', () => {
    const result = readPublishedCsv(
      csv('E09000002,2020/21,Persons,1,,,,,', 'E06000001,2020/21,Persons,1,,,,,'),
      {
        file: 'synthetic.csv',
        indicatorFor: () => ID,
        keep: (p) => p.code.startsWith('E09'),
      },
    );
    expect(result.points).toHaveLength(1);
    expect(result.rejects).toEqual([]);
  });
});

describe('readPublishedCsv round trip', () => {
  it('reads back a provider file whose England row carries the ONS code', () => {
    const result = readPublishedCsv('Organisation Code,Time period,Value\nE92000001,2024,5', {
      file: 'synthetic.csv',
      indicatorFor: () => ID,
    });
    expect(result.rejects).toEqual([]);
    expect(result.points[0]?.code).toBe('E92000001');
  });
});

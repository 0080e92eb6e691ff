import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TableSpec } from '../../src/domain/chart-spec';
import { BOM, pointsToCsv, specToCsv } from '../../src/export/csv';
import { exportFileName } from '../../src/export/file-name';
import { makeDataPoint, makeIndicator } from '../factories';

interface Row {
  readonly name: string;
  readonly value: number | null;
}
const spec = (rows: Row[]): TableSpec<Row> => ({
  caption: 'Synthetic',
  columns: [
    { key: 'name', header: 'Area, "name"', value: (r) => r.name, rowHeader: true },
    { key: 'value', header: 'Value (£)', value: (r) => r.value, numeric: true },
  ],
  rows,
  rowKey: (r) => r.name,
});

describe('specToCsv', () => {
  it('starts with a byte-order mark, quotes by RFC 4180 and ends lines with CRLF', () => {
    const csv = specToCsv(
      spec([
        { name: 'Kingston, "upon" Thames', value: 1.5 },
        { name: 'Ealing', value: null },
      ]),
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe(
      '"Area, ""name""",Value (£)\r\n"Kingston, ""upon"" Thames",1.5\r\nEaling,\r\n',
    );
    expect(Papa.parse(csv.slice(1).trim(), { header: true }).data).toEqual([
      { 'Area, "name"': 'Kingston, "upon" Thames', 'Value (£)': '1.5' },
      { 'Area, "name"': 'Ealing', 'Value (£)': '' },
    ]);
  });

  it('neutralises text that a spreadsheet would run as a formula, and leaves negative numbers alone', () => {
    const csv = specToCsv(
      spec([
        { name: '=HYPERLINK("http://x")', value: -3.2 },
        { name: '+1', value: 0 },
        { name: '-1', value: 2 },
        { name: '@SUM(A1)', value: 3 },
        { name: '\tTab', value: 4 },
        { name: 'Brent – Ealing é', value: 5 },
        // PapaParse's own pattern missed a formula followed by a line break.
        { name: '=1+1\nsecond line', value: 6 },
      ]),
    );
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data.slice(1);
    expect(rows.map((r) => r[0])).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tTab",
      'Brent – Ealing é',
      "'=1+1\nsecond line",
    ]);
    expect(rows[0]?.[1]).toBe('-3.2');
  });

  it('uses the export columns where a spec has them', () => {
    const withCsv: TableSpec<Row> = {
      ...spec([{ name: 'Barnet', value: 1 }]),
      csvColumns: [{ key: 'v', header: 'Only', value: (r) => r.value }],
    };
    expect(specToCsv(withCsv)).toBe(`${BOM}Only\r\n1\r\n`);
  });
});

describe('pointsToCsv', () => {
  it('writes every row in the Fingertips layout the Atlas reads back, neutralising notes', () => {
    const csv = pointsToCsv([makeDataPoint({ value: 12.5, note: '=cmd' })], makeIndicator());
    const [header, row] = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(header?.slice(0, 3)).toEqual(['Indicator ID', 'Area Code', 'Time period']);
    expect(row).toContain("'=cmd");
    expect(row).toContain('12.5');
  });
});

describe('exportFileName', () => {
  it('says what the file is', () => {
    expect(
      exportFileName(['Suicide rate', '2015 - 17', 'london-boroughs', 'vs-England'], 'csv'),
    ).toBe('suicide-rate_2015-17_london-boroughs_vs-england.csv');
    expect(exportFileName(['Préventable <75', undefined], 'png')).toBe('preventable-under-75.png');
    expect(exportFileName(['Aged ≥65 & 20% +'], 'csv')).toBe(
      'aged-at-least-65-and-20-percent-plus.csv',
    );
    // A long part is cut between words.
    const long = exportFileName(
      [
        'Gap in the employment rate between those with a physical or mental long-term health condition',
      ],
      'csv',
    );
    expect(long).toBe('gap-in-the-employment-rate-between-those-with-a-physical-or.csv');
    expect(exportFileName([], 'svg')).toBe('atlas-export.svg');
  });
});

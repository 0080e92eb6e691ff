import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FORMAT, type SnapshotFile } from '../../src/data/snapshots/snapshot-schema';
import type { SavedChart } from '../../src/data/snapshots/snapshot-storage';
import { buildBoardPack, buildBundle } from '../../src/export/bundle';

const file = (name: string): SnapshotFile => ({
  format: SNAPSHOT_FORMAT,
  version: 1,
  name,
  savedAt: '2026-11-29T14:00:00.000Z',
  appVersion: '0.1.0',
  dataVersion: 'snapshot-2026-11-29',
  search: '?i=fingertips-93722',
});
// Synthetic charts: a tiny fake PNG, workbook, SVG text and CSV made here, not published data.
const chart = (title: string): SavedChart => ({
  title,
  subtitle: '2022 - 24 · per 100,000',
  source:
    'Source: Synthetic publisher. Contains public sector information licensed under the Open Government Licence v3.0.',
  fileBase: 'synthetic-chart',
  csv: 'a,b\r\n1,2\r\n',
  xlsx: new Blob([new Uint8Array([80, 75, 3, 4])]),
  png: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
  svg: `<svg xmlns="http://www.w3.org/2000/svg"><text>${title}</text></svg>`,
});

describe('bundles', () => {
  it('hold every chart as PNG, SVG, CSV and XLSX, a README naming them and the snapshot JSON that reopens the view', async () => {
    const zip = unzipSync(
      await buildBundle(
        file('Hackney'),
        [chart('Ranked'), chart('Trend')],
        'https://atlas.example/?i=fingertips-93722',
      ),
    );
    expect(Object.keys(zip).sort()).toEqual([
      '01-synthetic-chart.csv',
      '01-synthetic-chart.png',
      '01-synthetic-chart.svg',
      '01-synthetic-chart.xlsx',
      '02-synthetic-chart.csv',
      '02-synthetic-chart.png',
      '02-synthetic-chart.svg',
      '02-synthetic-chart.xlsx',
      'README.txt',
      'snapshot.json',
    ]);
    const readme = strFromU8(zip['README.txt']!);
    expect(readme).toContain('Reopen this view: https://atlas.example/?i=fingertips-93722');
    expect(readme).toContain('Open Government Licence v3.0');
    expect(readme).toContain('Methods in plain English');
    expect(readme).toContain(
      'Files: 02-synthetic-chart.png, 02-synthetic-chart.svg, 02-synthetic-chart.csv, 02-synthetic-chart.xlsx',
    );
    expect([...zip['02-synthetic-chart.xlsx']!]).toEqual([80, 75, 3, 4]);
    expect(JSON.parse(strFromU8(zip['snapshot.json']!))).toMatchObject({
      name: 'Hackney',
      search: '?i=fingertips-93722',
    });
  });

  it('a board pack has each snapshot in its folder and an index page where no text becomes markup', async () => {
    const hostile = '<script>alert(1)</script>';
    const saved = [
      { id: '1', file: file('Hackney'), charts: [chart('Ranked')] },
      { id: '2', file: file(hostile), charts: [chart(hostile)] },
    ];
    const zip = unzipSync(await buildBoardPack(saved, 'https://atlas.example/'));
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining([
        'index.html',
        '01-hackney/01-synthetic-chart.png',
        '02-under-script-over-alert-1-under-script-over/snapshot.json',
      ]),
    );
    const index = strFromU8(zip['index.html']!);
    expect(index).not.toContain('<script>');
    expect(index).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(index).toContain('<img src="01-hackney/01-synthetic-chart.png"');
    expect(index).toContain('href="https://atlas.example/?i=fingertips-93722"');
  });
});

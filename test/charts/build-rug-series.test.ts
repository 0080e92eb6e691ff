import { describe, expect, it } from 'vitest';
import { buildRugSeries } from '../../src/charts/rug/build-rug-series';
import { rugTableSpec } from '../../src/charts/rug/rug-table-spec';
import { formatCell } from '../../src/domain/chart-spec';
import { asAreaCode, asIndicatorId } from '../../src/domain';
import { makeBorough, makeIndicator } from '../factories';

const boroughs = [
  makeBorough(1, { subRegion: 'NEL' }),
  makeBorough(2, { subRegion: 'NCL' }),
  makeBorough(3, { subRegion: 'NCL' }),
];

describe('buildRugSeries', () => {
  it('groups columns by sub-region and rows by domain, with every cell described in words', () => {
    const series = buildRugSeries(
      [
        {
          indicator: makeIndicator({
            id: asIndicatorId('synthetic-physical'),
            domain: 'physical',
            shortName: 'Physical one',
            unit: '%',
          }),
          periodLabel: '2024',
          sex: 'Persons',
          rows: [
            {
              code: asAreaCode('E09000002'),
              name: 'Synthetic borough 02',
              value: 7.1,
              outcome: { kind: 'similar', method: 'ci-overlap' },
              selected: true,
            },
          ],
          benchmarkName: 'England',
          method: 'ci',
          england: 7.126,
        },
        {
          indicator: makeIndicator({ shortName: 'Mental one' }),
          periodLabel: '2024',
          sex: 'Male',
          rows: [],
          benchmarkName: 'England',
          method: 'quintiles',
        },
      ],
      boroughs,
    );
    expect(
      series.columnGroups
        .filter((g) => g.boroughs.length)
        .map((g) => [g.label, g.boroughs.map((b) => b.code)]),
    ).toEqual([
      ['North Central London', ['E09000002', 'E09000003']],
      ['North East London', ['E09000001']],
    ]);
    expect(series.rowGroups.map((g) => g.label)).toEqual(['Mental health', 'Physical health']);
    const physical = series.rowGroups[1]!.rows[0]!;
    expect(physical.cells[0]).toMatchObject({
      symbol: '=',
      selected: true,
      label: 'Synthetic borough 02, Physical one, 2024: 7.1 %, Similar to England [=]',
    });
    expect(physical.cells[1]).toMatchObject({
      symbol: '·',
      label:
        'Synthetic borough 03, Physical one, 2024: no value, Not compared with England (no data) [·]',
    });
    // Benchmarks keep the cells' decimals (2 unless the catalogue says otherwise).
    expect(physical.england).toBe('7.13');
    expect(series.rowGroups[0]!.rows[0]!.title).toBe('Mental one, 2024, Male');
  });

  it("gives its table one line for the reason most cells share, and each cell's fifth in short", () => {
    const indicator = makeIndicator({ shortName: 'Mental one', polarity: 'low-is-good' });
    const uncompared = (n: number, quintile: number) => ({
      code: asAreaCode(`E0900000${n}`),
      name: `Synthetic borough 0${n}`,
      value: n,
      outcome: { kind: 'not-compared' as const, reason: 'no 95% interval published' },
      quintile,
      selected: false,
    });
    const series = buildRugSeries(
      [
        {
          indicator,
          periodLabel: '2024',
          sex: 'Persons',
          rows: [uncompared(1, 1), uncompared(2, 5)],
          benchmarkName: 'England',
          method: 'quintiles',
        },
      ],
      boroughs,
    );
    const table = rugTableSpec(series, 'Synthetic', 'England');
    const cell = (key: string) =>
      table.rows.map((r) =>
        formatCell(
          table.columns.find((c) => c.key === key)!,
          r,
        ),
      );
    expect(table.notes).toEqual([
      '“Not compared” with no reason in its row: no 95% interval published.',
    ]);
    // Columns run 02, 03 (North Central), 01 (North East). Borough 03 has no row at all: its
    // own reason stays in its row.
    expect(cell('verdict')).toEqual(['Not compared', 'Not compared (no data)', 'Not compared']);
    expect(cell('quintile')).toEqual(['Q5, worst fifth', '–', 'Q1, best fifth']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildRankedBarSeries } from '../../src/charts/ranked-bar/build-ranked-bar-series';
import { buildRugSeries } from '../../src/charts/rug/build-rug-series';
import type { SpineRow } from '../../src/charts/spine/spine-row';
import { overviewChartSpec } from '../../src/charts/specs/overview-chart-spec';
import { profileChartSpec } from '../../src/charts/specs/profile-chart-spec';
import { rankedChartSpec } from '../../src/charts/specs/ranked-chart-spec';
import { ENGLAND, type DataPoint } from '../../src/domain';
import { chartToSvg } from '../../src/export/svg/chart-svg';
import { IMAGE_PRESETS, sizeNote } from '../../src/export/svg/presets';
import { MINIMUM_PRINTED, printLayout } from '../../src/export/svg/print-layout';
import { compareAreas } from '../../src/model/compare-areas';
import { makeBorough, makeDataPoint, makeIndicator } from '../factories';

/** Synthetic: London's 33 boroughs' worth of columns, borough n at n with an interval. */
const boroughs = Array.from({ length: 33 }, (_, i) => makeBorough(i + 1));
const period = { label: '2021/22', start: '2021-04-01', end: '2022-03-31' };
const points: DataPoint[] = [
  ...boroughs.map((b, i) =>
    makeDataPoint({ code: b.code, period, value: i + 1, ci95: { lower: i, upper: i + 2 } }),
  ),
  makeDataPoint({ code: ENGLAND, period, value: 17 }),
];
const indicator = makeIndicator();
const model = compareAreas({
  indicator,
  points,
  units: boroughs,
  selected: [],
  benchmark: 'england',
  ci: '95',
});
const context = { dataVersion: 'synthetic-version', dataLabel: 'Synthetic' };
const footer = { permalink: 'https://atlas.example/?v=overview', madeOn: '2026-12-07' };
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1]!);

/** An overview of `count` synthetic indicators, the longest names the catalogue has. */
function overview(count: number) {
  const inputs = Array.from({ length: count }, (_, k) => ({
    indicator: makeIndicator({
      id: `synthetic-${k}` as never,
      shortName: `Synthetic row ${k} with a name as long as the catalogue's longest`,
      domain: k < count / 2 ? ('mental' as const) : ('physical' as const),
    }),
    periodLabel: '2021/22',
    sex: 'Persons',
    rows: model.rows,
    benchmarkName: 'England',
    method: 'ci' as const,
    london: 40 + k,
    england: 65,
  }));
  return overviewChartSpec(inputs, buildRugSeries(inputs, boroughs), 'England', context);
}

describe('printLayout: a view’s main comparison on A4 at 8 pt or more', () => {
  it('prints a ranked chart of 33 boroughs on one portrait page', () => {
    const spec = rankedChartSpec(
      indicator,
      model,
      buildRankedBarSeries(model.rows, 'high-is-good'),
      context,
    );
    const layout = printLayout(spec, footer);
    expect(layout.pages).toHaveLength(1);
    expect(layout.portrait).toBe(true);
    expect(layout.text).toBeGreaterThanOrEqual(MINIMUM_PRINTED);
  });

  it('prints a spine of 20 indicators on one page, words beside each spine', () => {
    const rows: SpineRow[] = Array.from({ length: 20 }, (_, k) => ({
      indicator: makeIndicator({ id: `spine-${k}` as never, shortName: `Spine indicator ${k}` }),
      periodLabel: '2022/23',
      sex: k % 3 === 0 ? 'Female' : 'Persons',
      borough: model.rows[k]!,
      benchmark: 17,
      min: 1,
      q1: 9,
      median: 17,
      q3: 25,
      max: 33,
      method: 'ci',
    }));
    const spec = profileChartSpec(
      { domain: 'mental', rows, summary: 'Synthetic.' },
      { name: 'Synthetic borough' },
      'England',
      context,
    );
    const layout = printLayout(spec, footer);
    expect(layout.pages).toHaveLength(1);
    const { drawn, fit } = layout.pages[0]!;
    expect(drawn.smallestPlotText * fit).toBeGreaterThanOrEqual(MINIMUM_PRINTED);
    expect(texts(drawn.svg)).toContain('Spine indicator 19, 2022/23:');
  });

  it('puts an overview too big for one page over several, every row once, each page 8 pt or more', () => {
    const spec = overview(60);
    const layout = printLayout(spec, footer);
    expect(layout.pages.length).toBeGreaterThan(1);
    const rowsPrinted = layout.pages.flatMap(({ drawn }) =>
      texts(drawn.svg).filter((t) => t.startsWith('Synthetic row ')),
    );
    // Every row once, in order (a long name wraps: its first line starts "Synthetic row k").
    expect(rowsPrinted.map((t) => /Synthetic row (\d+)/.exec(t)?.[1])).toEqual(
      Array.from({ length: 60 }, (_, k) => String(k)),
    );
    layout.pages.forEach(({ drawn, fit }, i) => {
      expect(drawn.smallestPlotText * fit).toBeGreaterThanOrEqual(MINIMUM_PRINTED);
      // The frame's own text (9 units) too.
      expect(9 * fit).toBeGreaterThanOrEqual(MINIMUM_PRINTED);
      const words = texts(drawn.svg).join(' ');
      expect(words).toContain(`(page ${i + 1} of ${layout.pages.length})`);
      expect(words).toContain('England');
      const last = i === layout.pages.length - 1;
      expect(words.includes('synthetic-version')).toBe(last);
      expect(words.includes('Continued on the next page')).toBe(!last);
    });
  });

  it('keeps a small overview on one page', () => {
    const layout = printLayout(overview(6), footer);
    expect(layout.pages).toHaveLength(1);
    expect(layout.text).toBeGreaterThanOrEqual(MINIMUM_PRINTED);
  });
});

describe('sizeNote: what the export preview says of an image’s size', () => {
  it('says when text would fall under 9 pt, and when an image is taller than its preset', () => {
    expect(sizeNote({ height: 3000, smallestPlotText: 5.1 }, IMAGE_PRESETS.a4)).toMatch(
      /^Smallest text 5\.1 pt .* under 9 pt/,
    );
    expect(sizeNote({ height: 568, smallestPlotText: 9 }, IMAGE_PRESETS.slide)).toBe(
      'Smallest text 9.0 pt where placed at this size. 568 pt tall, not 540: taller than Slide 16:9 so that no text is under 9 pt.',
    );
    expect(sizeNote({ height: 540, smallestPlotText: 11.6 }, IMAGE_PRESETS.slide)).toBe(
      'Smallest text 9.0 pt where placed at this size.',
    );
  });

  it('says the overview’s real size on a page too narrow for it', () => {
    const drawn = chartToSvg(overview(36), footer, IMAGE_PRESETS.a4);
    expect(sizeNote(drawn, IMAGE_PRESETS.a4)).toContain('under 9 pt');
    const slide = chartToSvg(overview(20), footer, IMAGE_PRESETS.slide);
    expect(slide.smallestPlotText).toBeGreaterThanOrEqual(9);
  });
});

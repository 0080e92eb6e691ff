import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { buildRankedBarSeries } from '../../src/charts/ranked-bar/build-ranked-bar-series';
import { buildRugSeries } from '../../src/charts/rug/build-rug-series';
import { overviewChartSpec } from '../../src/charts/specs/overview-chart-spec';
import { buildTileMapSeries } from '../../src/charts/tile-map/build-tile-map-series';
import { tileMapChartSpec } from '../../src/charts/specs/indicator-chart-specs';
import { rankedChartSpec } from '../../src/charts/specs/ranked-chart-spec';
import { ENGLAND, type DataPoint } from '../../src/domain';
import { withResolution } from '../../src/export/raster';
import { chartToSvg } from '../../src/export/svg/chart-svg';
import { IMAGE_PRESETS } from '../../src/export/svg/presets';
import { compareAreas } from '../../src/model/compare-areas';
import { makeBorough, makeDataPoint, makeIndicator } from '../factories';

/** Synthetic: 12 boroughs, borough n at 10·n with an interval, England at 65. */
const boroughs = Array.from({ length: 12 }, (_, i) =>
  makeBorough(i + 1, {
    shortName: `B${i + 1}`,
    tile: { row: 1 + (i % 4), col: 1 + Math.floor(i / 4) },
  }),
);
const period = { label: '2021/22', start: '2021-04-01', end: '2022-03-31' };
const points: DataPoint[] = [
  ...boroughs.map((b, i) =>
    makeDataPoint({
      code: b.code,
      period,
      value: 10 * (i + 1),
      ci95: { lower: 10 * (i + 1) - 8, upper: 10 * (i + 1) + 8 },
    }),
  ),
  makeDataPoint({ code: ENGLAND, period, value: 65 }),
];
const indicator = makeIndicator();
const model = compareAreas({
  indicator,
  points,
  units: boroughs,
  selected: [boroughs[2]!.code],
  benchmark: 'england',
  ci: '95',
});
const context = { dataVersion: 'synthetic-version', dataLabel: 'Synthetic' };
const ranked = rankedChartSpec(
  indicator,
  model,
  buildRankedBarSeries(model.rows, indicator.polarity),
  context,
);
const tiles = tileMapChartSpec(
  indicator,
  model,
  buildTileMapSeries(model.rows, boroughs, model.benchmarkName, indicator.unit, indicator.polarity),
  ranked.table,
  context,
);
const footer = { permalink: 'https://atlas.example/?v=indicator', madeOn: '2026-12-07' };

const FONT = '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf';

/** Draws the SVG with resvg (no browser) and counts dark pixels in a box of the image. */
function darkPixels(svg: string, box: { x: number; y: number; w: number; h: number }): number {
  const rendered = new Resvg(svg, {
    font: { fontFiles: [FONT], loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' },
  }).render();
  const { width, pixels } = rendered;
  let dark = 0;
  for (let y = box.y; y < box.y + box.h; y++)
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * width + x) * 4;
      const ink = pixels[i + 3]! > 128 && pixels[i]! < 100 && pixels[i + 1]! < 100;
      if (ink && pixels[i + 2]! < 100) dark++;
    }
  return dark;
}

describe('chartToSvg: an image drawn from the spec, readable outside a browser', () => {
  for (const spec of [ranked, tiles])
    it(`${spec.kind}: title, period, source, data version and link are SVG text, with no foreignObject`, () => {
      const { svg } = chartToSvg(spec, footer, IMAGE_PRESETS.slide);
      expect(svg).not.toContain('foreignObject');
      expect(svg).not.toMatch(/<(div|span|p|button)\b/);
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1]).join(' ');
      expect(texts).toContain(spec.title);
      expect(texts).toContain('2021/22');
      expect(texts).toContain('Synthetic test data.');
      expect(texts).toContain('synthetic-version');
      expect(texts).toContain('https://atlas.example/?v=indicator');
      expect(texts).not.toMatch(/arrow keys|Enter selects/i);
    });

  it('draws every borough: a name on each ranked bar, a square for each tile', () => {
    const texts = [...chartToSvg(ranked, footer).svg.matchAll(/<text[^>]*>([^<]*)</g)].map(
      (m) => m[1],
    );
    expect(texts.join(' ')).toContain('Synthetic borough 03');
    expect(chartToSvg(tiles, footer).svg.match(/rx="3"/g)).toHaveLength(12);
  });

  it('is the preset width whatever the window, and its height unless 9 pt text needs more', () => {
    expect(chartToSvg(ranked, footer, IMAGE_PRESETS.slide)).toMatchObject({
      width: 960,
      height: 540,
    });
    for (const preset of [IMAGE_PRESETS.slide, IMAGE_PRESETS['half-a4'], IMAGE_PRESETS.a4]) {
      const drawn = chartToSvg(ranked, footer, preset);
      expect(drawn.width).toBe(preset.width);
      expect(drawn.height).toBeGreaterThanOrEqual(preset.height!);
      expect(drawn.smallestPlotText).toBeGreaterThanOrEqual(9 - 1e-9);
      expect(drawn.svg).toContain(`width="${preset.width}pt" height="${drawn.height}pt"`);
    }
  });

  it.runIf(existsSync(FONT) || process.env.CI)(
    'draws its title and borough names in librsvg’s twin, resvg',
    () => {
      const { svg } = chartToSvg(ranked, footer, IMAGE_PRESETS.slide);
      // The title's line at the top left, and the names column left of the bars.
      expect(darkPixels(svg, { x: 16, y: 14, w: 300, h: 20 })).toBeGreaterThan(200);
      expect(darkPixels(svg, { x: 16, y: 200, w: 180, h: 200 })).toBeGreaterThan(100);
      // A blank SVG (what a foreignObject image is outside a browser) has none.
      expect(
        darkPixels(
          '<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540"><foreignObject width="960" height="540"><div xmlns="http://www.w3.org/1999/xhtml">Title</div></foreignObject></svg>',
          { x: 16, y: 14, w: 300, h: 20 },
        ),
      ).toBe(0);
    },
  );
});

describe('withResolution', () => {
  it('writes the dpi into the PNG as a pHYs chunk after the header, in pixels per metre', () => {
    const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
      .render()
      .asPng();
    const out = withResolution(new Uint8Array(png), 300);
    const view = new DataView(out.buffer);
    expect(new TextDecoder().decode(out.subarray(37, 41))).toBe('pHYs');
    expect(view.getUint32(41)).toBe(11811);
    expect(view.getUint32(45)).toBe(11811);
    expect(out[49]).toBe(1);
    // The rest of the file is the original, after the new chunk.
    expect(out.length).toBe(png.length + 21);
    expect(
      new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>`).render().asPng()
        .length,
    ).toBe(png.length);
  });
});

describe('chartToSvg: the plot alone, for a slide with its own title', () => {
  it('leaves out the title, subtitle and source, and keeps the key and marks', () => {
    const { svg } = chartToSvg(ranked, footer, IMAGE_PRESETS.slide, 'plot');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(texts).not.toContain(ranked.title);
    expect(texts.join(' ')).not.toContain(ranked.subtitle.slice(0, 20));
    expect(texts.join(' ')).not.toContain('Synthetic test data.');
    expect(texts.join(' ')).toContain('Synthetic borough 03');
    expect(texts.join(' ')).toContain('selected');
  });
});

describe('chartToSvg: the overview drawn whole', () => {
  it('has every indicator row and the London and England columns, whatever the window', () => {
    const inputs = Array.from({ length: 40 }, (_, k) => ({
      indicator: makeIndicator({
        id: `synthetic-${k}` as never,
        shortName: `Synthetic row ${k}`,
        domain: k < 20 ? ('mental' as const) : ('physical' as const),
      }),
      periodLabel: '2021/22',
      sex: 'Persons',
      rows: model.rows,
      benchmarkName: 'England',
      method: 'ci' as const,
      london: 40 + k,
      england: 65,
    }));
    const spec = overviewChartSpec(inputs, buildRugSeries(inputs, boroughs), 'England', context);
    for (const preset of [IMAGE_PRESETS.slide, IMAGE_PRESETS.a4, IMAGE_PRESETS.screen]) {
      const texts = [...chartToSvg(spec, footer, preset).svg.matchAll(/<text[^>]*>([^<]*)</g)].map(
        (m) => m[1],
      );
      expect(texts).toContain('London');
      expect(texts).toContain('England');
      // The last row, with its London value: nothing is cut at the page's edge.
      expect(texts.join(' ')).toContain('Synthetic row 39');
      expect(texts).toContain('79');
    }
  });
});

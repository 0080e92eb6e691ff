import { Resvg } from '@resvg/resvg-js';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { SavedChart, SavedSnapshot } from '../../src/data/snapshots/snapshot-storage';
import { buildBoardPackPptx } from '../../src/export/board-pack-pptx';
import { makeSavedSnapshot } from '../factories';

/** A real PNG to place: a synthetic 1800 × 780 picture drawn by resvg. */
const png = new Blob([
  new Uint8Array(
    new Resvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1800" height="780"><rect width="900" height="390" fill="#0072b2"/></svg>',
    )
      .render()
      .asPng(),
  ),
]);

const chart = (n: number): SavedChart => ({
  title: `Synthetic chart ${n}: London boroughs ranked`,
  subtitle: '2023/24 · per 100,000 · compared with England',
  source: 'Synthetic test data. Extracted 2026-01-01.',
  fileBase: `synthetic-${n}`,
  csv: 'a,b\r\n1,2\r\n',
  slidePng: png,
  description: `Bar chart of synthetic measure ${n}.`,
  periods: ['2023/24'],
});

const snapshots: SavedSnapshot[] = [1, 2, 3, 4, 5].map((i) => ({
  ...makeSavedSnapshot({ name: `Comparison ${i} <b>`, search: `?i=x&b=E0900000${i}` }),
  id: String(i),
  charts: [chart(i * 10 + 1), chart(i * 10 + 2)],
}));

describe('buildBoardPackPptx', () => {
  it('makes a title slide, a contents slide and one slide per chart, in the order given', async () => {
    const started = performance.now();
    const bytes = await buildBoardPackPptx(snapshots, 'https://atlas.example/', '2026-12-07');
    const seconds = (performance.now() - started) / 1000;
    const zip = unzipSync(bytes);
    const slides = Object.keys(zip).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(2 + 10);
    const slide = (n: number) => strFromU8(zip[`ppt/slides/slide${n}.xml`]!);
    expect(slide(1)).toContain('Board pack: London Mental Health Variation Atlas');
    expect(slide(2)).toContain('1. Comparison 1 &lt;b&gt;');
    // The snapshots' order is kept: the third slide is the first snapshot's first chart.
    expect(slide(3)).toContain('Synthetic chart 11: London boroughs ranked');
    expect(slide(12)).toContain('Synthetic chart 52: London boroughs ranked');
    expect(slide(3)).toContain('Period: 2023/24.');
    expect(slide(3)).toContain('https://atlas.example/?i=x&amp;b=E09000001');
    const media = Object.keys(zip).filter((n) => /^ppt\/media\/.+\.png$/.test(n));
    expect(media).toHaveLength(10);
    const notes = Object.keys(zip)
      .filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
      .map((n) => strFromU8(zip[n]!));
    expect(notes.some((n) => n.includes('Bar chart of synthetic measure 11.'))).toBe(true);
    console.info(
      `board pack: 5 snapshots, 12 slides, ${(bytes.length / 1024).toFixed(0)} KB, ${seconds.toFixed(2)} s`,
    );
  });
});

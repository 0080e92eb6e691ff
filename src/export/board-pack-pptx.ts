import type PptxGenJS from 'pptxgenjs';
import { OGL_NOTICE } from '../domain';
import type { SavedChart, SavedSnapshot } from '../data/snapshots/snapshot-storage';

/** 16:9 slide, in inches (PowerPoint's own 13.33 × 7.5). */
const SLIDE = { width: 13.333, height: 7.5 } as const;
const MARGIN = 0.45;
const FONT = 'Arial';
const INK = '0B0C0C';
const GREY = '505A5F';

/** A PNG's width ÷ height, from its header (IHDR: width and height at bytes 16 and 20). */
const pngAspect = (png: Uint8Array): number | undefined => {
  if (png.length < 24) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const height = view.getUint32(20);
  return height > 0 ? view.getUint32(16) / height : undefined;
};

const dataUrl = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
};

/** "Periods: 2023/24." for a slide's foot; empty when the chart named none. */
const periodWords = (chart: SavedChart) =>
  chart.periods && chart.periods.length > 0
    ? `Period${chart.periods.length > 1 ? 's' : ''}: ${chart.periods.join(', ')}. `
    : '';

type Deck = PptxGenJS;
type Slide = ReturnType<Deck['addSlide']>;

const WIDTH = SLIDE.width - 2 * MARGIN;

/** A line or block of text across the slide, in the pack's one font. */
const text = (
  slide: Slide,
  words: string,
  at: { y: number; h: number; size: number; bold?: boolean; grey?: boolean; bottom?: boolean },
) =>
  slide.addText(words, {
    x: MARGIN,
    y: at.y,
    w: WIDTH,
    h: at.h,
    fontFace: FONT,
    fontSize: at.size,
    bold: at.bold ?? false,
    color: at.grey ? GREY : INK,
    valign: at.bottom ? 'bottom' : 'top',
    fit: 'shrink',
  });

function titleSlide(deck: Deck, snapshots: readonly SavedSnapshot[], madeOn: string) {
  const slide = deck.addSlide();
  const charts = snapshots.reduce((n, s) => n + s.charts.length, 0);
  text(slide, 'Board pack: London Mental Health Variation Atlas', {
    y: 2.2,
    h: 1,
    size: 32,
    bold: true,
  });
  text(
    slide,
    `${snapshots.length} saved comparison${snapshots.length === 1 ? '' : 's'}, ${charts} chart${charts === 1 ? '' : 's'}. Made ${madeOn}.`,
    { y: 3.3, h: 0.6, size: 18, grey: true },
  );
  text(slide, OGL_NOTICE, { y: 6.4, h: 0.6, size: 11, grey: true });
}

function contentsSlide(deck: Deck, snapshots: readonly SavedSnapshot[]) {
  const slide = deck.addSlide();
  text(slide, 'Contents', { y: 0.35, h: 0.7, size: 26, bold: true });
  slide.addText(
    snapshots.map((s, i) => ({
      text: `${i + 1}. ${s.file.name}: ${s.charts.map((c) => c.title).join('; ')}`,
      options: { breakLine: true },
    })),
    {
      x: MARGIN,
      y: 1.2,
      w: WIDTH,
      h: 5.8,
      fontFace: FONT,
      fontSize: 14,
      color: INK,
      valign: 'top',
      paraSpaceAfter: 8,
    },
  );
}

/** One chart: its title and subtitle as text, its picture in proportion, its source at the foot. */
async function chartSlide(deck: Deck, snapshot: SavedSnapshot, chart: SavedChart, link: string) {
  const slide = deck.addSlide();
  text(slide, chart.title, { y: 0.2, h: 0.6, size: 22, bold: true });
  text(slide, chart.subtitle, { y: 0.8, h: 0.55, size: 12, grey: true });
  const image = chart.slidePng ?? chart.png;
  if (image) {
    const bytes = new Uint8Array(await image.arrayBuffer());
    const box = { w: WIDTH, h: 5.3 };
    const aspect = pngAspect(bytes) ?? box.w / box.h;
    const w = Math.min(box.w, box.h * aspect);
    slide.addImage({
      data: dataUrl(bytes),
      x: MARGIN + (box.w - w) / 2,
      y: 1.4,
      w,
      h: w / aspect,
      altText: chart.description ?? chart.title,
    });
  }
  text(
    slide,
    `${chart.source} ${periodWords(chart)}Data version ${snapshot.file.dataVersion}. ${link}`,
    { y: 6.75, h: 0.6, size: 9, grey: true, bottom: true },
  );
  slide.addNotes(
    [chart.description, chart.subtitle, chart.source, `From “${snapshot.file.name}”: ${link}`]
      .filter(Boolean)
      .join('\n'),
  );
}

/**
 * Saved snapshots as a PowerPoint board pack, in the order given: a title slide, a contents
 * slide, then one slide per chart with its title and subtitle as text, the chart (key and marks)
 * at slide size, and its source, licence, period, data version and link back on the slide; the
 * chart's description, subtitle and source in the speaker notes. pptxgenjs loads only when a
 * pack is asked for.
 */
export async function buildBoardPackPptx(
  snapshots: readonly SavedSnapshot[],
  appUrl: string,
  madeOn: string,
): Promise<Uint8Array> {
  const { default: Presentation } = await import('pptxgenjs');
  const deck = new Presentation();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = 'Board pack: London Mental Health Variation Atlas';
  deck.author = 'London Mental Health Variation Atlas';
  titleSlide(deck, snapshots, madeOn);
  contentsSlide(deck, snapshots);
  for (const snapshot of snapshots)
    for (const chart of snapshot.charts)
      await chartSlide(deck, snapshot, chart, `${appUrl}${snapshot.file.search}`);
  const out = await deck.write({ outputType: 'uint8array' });
  // With outputType "uint8array" write returns bytes; its declared type is every output type.
  return out as Uint8Array;
}

import type { SavedChart, SavedSnapshot } from '../data/snapshots/snapshot-storage';

const OGL =
  'Contains public sector information licensed under the Open Government Licence v3.0, except where a source line says otherwise.';

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
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = 'Board pack: London Mental Health Variation Atlas';
  pptx.author = 'London Mental Health Variation Atlas';
  const width = SLIDE.width - 2 * MARGIN;

  const title = pptx.addSlide();
  title.addText('Board pack: London Mental Health Variation Atlas', {
    x: MARGIN,
    y: 2.2,
    w: width,
    h: 1,
    fontFace: FONT,
    fontSize: 32,
    bold: true,
    color: INK,
  });
  const charts = snapshots.reduce((n, s) => n + s.charts.length, 0);
  title.addText(
    `${snapshots.length} saved comparison${snapshots.length === 1 ? '' : 's'}, ${charts} chart${charts === 1 ? '' : 's'}. Made ${madeOn}.`,
    { x: MARGIN, y: 3.3, w: width, h: 0.6, fontFace: FONT, fontSize: 18, color: GREY },
  );
  title.addText(OGL, {
    x: MARGIN,
    y: 6.4,
    w: width,
    h: 0.6,
    fontFace: FONT,
    fontSize: 11,
    color: GREY,
  });

  const contents = pptx.addSlide();
  contents.addText('Contents', {
    x: MARGIN,
    y: 0.35,
    w: width,
    h: 0.7,
    fontFace: FONT,
    fontSize: 26,
    bold: true,
    color: INK,
  });
  contents.addText(
    snapshots.map((s, i) => ({
      text: `${i + 1}. ${s.file.name}: ${s.charts.map((c) => c.title).join('; ')}`,
      options: { breakLine: true },
    })),
    {
      x: MARGIN,
      y: 1.2,
      w: width,
      h: 5.8,
      fontFace: FONT,
      fontSize: 14,
      color: INK,
      valign: 'top',
      paraSpaceAfter: 8,
    },
  );

  for (const snapshot of snapshots) {
    const link = `${appUrl}${snapshot.file.search}`;
    for (const chart of snapshot.charts) {
      const slide = pptx.addSlide();
      slide.addText(chart.title, {
        x: MARGIN,
        y: 0.2,
        w: width,
        h: 0.6,
        fontFace: FONT,
        fontSize: 22,
        bold: true,
        color: INK,
        fit: 'shrink',
      });
      slide.addText(chart.subtitle, {
        x: MARGIN,
        y: 0.8,
        w: width,
        h: 0.55,
        fontFace: FONT,
        fontSize: 12,
        color: GREY,
        valign: 'top',
        fit: 'shrink',
      });
      const image = chart.slidePng ?? chart.png;
      if (image) {
        const bytes = new Uint8Array(await image.arrayBuffer());
        // The chart's area under the title, its picture kept to its own proportions.
        const box = { w: width, h: 5.3 };
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
      slide.addText(
        `${chart.source} ${periodWords(chart)}Data version ${snapshot.file.dataVersion}. ${link}`,
        {
          x: MARGIN,
          y: 6.75,
          w: width,
          h: 0.6,
          fontFace: FONT,
          fontSize: 9,
          color: GREY,
          valign: 'bottom',
          fit: 'shrink',
        },
      );
      slide.addNotes(
        [chart.description, chart.subtitle, chart.source, `From “${snapshot.file.name}”: ${link}`]
          .filter(Boolean)
          .join('\n'),
      );
    }
  }
  const out = await pptx.write({ outputType: 'uint8array' });
  // With outputType "uint8array" write returns bytes; its declared type is every output type.
  return out as Uint8Array;
}
